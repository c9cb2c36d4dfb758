package se.uppdrag.portal.web;

import io.vertx.core.http.HttpServerRequest;
import java.net.URI;

/** Whether a request comes from a page of this site, by what the browser says about where it was sent from. */
final class SameOrigin {

    private SameOrigin() {}

    static boolean allows(HttpServerRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            // "none": the user started it (typed address, bookmark); "same-origin": our own page.
            return site.equals("same-origin") || site.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            return origin == null; // no header: an older browser or a script; the form token still has to match
        }
        try {
            URI from = URI.create(origin);
            String host =
                    request.authority() == null ? null : request.authority().toString();
            return host != null && host.equalsIgnoreCase(from.getRawAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
