// The portal's only script of its own. Pages work without it; it adds what htmx cannot say in attributes.
(function () {
  'use strict';

  // An htmx request whose login has expired is answered 499 instead of being redirected into a fragment:
  // reload the page, which goes through Keycloak's login and comes back here.
  document.addEventListener('htmx:responseError', function (event) {
    if (event.detail.xhr && event.detail.xhr.status === 499) {
      window.location.reload();
    }
  });

  // When htmx cannot reach the portal at all, say so in the page's alert region.
  document.addEventListener('htmx:sendError', function () {
    var alert = document.getElementById('page-alert');
    if (alert) {
      alert.textContent = alert.getAttribute('data-offline') || 'The portal cannot be reached. Try again.';
    }
  });

  // A "select all" checkbox for lists with bulk actions: <input type="checkbox" data-select-all="name">.
  document.addEventListener('change', function (event) {
    var all = event.target.closest('[data-select-all]');
    if (!all) {
      return;
    }
    var boxes = document.querySelectorAll('input[type=checkbox][name="' + all.getAttribute('data-select-all') + '"]');
    boxes.forEach(function (box) { box.checked = all.checked; });
  });
}());
