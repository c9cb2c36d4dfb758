package se.uppdrag.portal.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.jwt.JsonWebToken;
import se.uppdrag.platform.security.Roles;

/**
 * The person behind this request as the pages see them: signed in or not, their name, role and organisation (from
 * their Keycloak token), the language they read in, and the form token that proves a POST came from our own page.
 * Templates read it as {@code {inject:session.…}}.
 */
@RequestScoped
@Named("session")
public class Session {

    public static final String LANGUAGE_COOKIE = "uppdrag-lang";
    /** The roles in the order a user holding several would start at. */
    private static final List<String> ROLES = List.of(Roles.EMPLOYER, Roles.UNIVERSITY, Roles.FINANCE, Roles.OPERATOR);

    @Inject
    SecurityIdentity identity;

    @Inject
    RoutingContext routing;

    @Inject
    CsrfTokens csrf;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    /** The name to greet: the token's full name, else the user name. */
    public String getName() {
        if (!isSignedIn()) {
            return "";
        }
        String name = claim("name");
        return name != null && !name.isBlank() ? name : identity.getPrincipal().getName();
    }

    /** The user's role on this platform; the first of the known ones when there are several. */
    public String getRole() {
        return isSignedIn()
                ? ROLES.stream().filter(identity::hasRole).findFirst().orElse("")
                : "";
    }

    public boolean is(String role) {
        return isSignedIn() && identity.hasRole(role);
    }

    public boolean isEmployer() {
        return is(Roles.EMPLOYER);
    }

    public boolean isUniversity() {
        return is(Roles.UNIVERSITY);
    }

    public boolean isFinance() {
        return is(Roles.FINANCE);
    }

    public boolean isOperator() {
        return is(Roles.OPERATOR);
    }

    /** The organisation number the token's {@code org} claim names; empty for operators. */
    public String getOrg() {
        String org = isSignedIn() ? claim("org") : null;
        return org == null ? "" : org;
    }

    /** Where a signed-in user starts: the home page of their role. */
    public String getHome() {
        return switch (getRole()) {
            case Roles.EMPLOYER -> "/hr";
            case Roles.UNIVERSITY -> "/university";
            case Roles.FINANCE -> "/finance";
            case Roles.OPERATOR -> "/operator";
            default -> "/";
        };
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(getLang());
    }

    /** "sv" unless the user switched to English. */
    public String getLang() {
        Cookie cookie = routing.request().getCookie(LANGUAGE_COOKIE);
        return cookie != null && "en".equals(cookie.getValue()) ? "en" : "sv";
    }

    /** Whether the user chose a language with the switch (else the pages are in Swedish by default). */
    public boolean hasChosenLanguage() {
        return routing.request().getCookie(LANGUAGE_COOKIE) != null;
    }

    /** The language the switch offers. */
    public String getOtherLang() {
        return "sv".equals(getLang()) ? "en" : "sv";
    }

    /** This page's path and query, to come back to after switching language. */
    public String getHere() {
        String uri = routing.request().uri();
        return uri == null || uri.isEmpty() ? "/" : uri;
    }

    public String getPath() {
        return routing.request().path();
    }

    /** Whether this page is the one at the path (for the navigation's aria-current). */
    public boolean at(String path) {
        return path.equals(getPath());
    }

    /** Whether this page is the one at the path or below it. */
    public boolean under(String path) {
        String here = getPath();
        return here.equals(path) || here.startsWith(path + "/");
    }

    /** The form token of this browser (set as a cookie on first use); every form and htmx request sends it back. */
    public String getCsrfToken() {
        return csrf.tokenFor(routing);
    }

    /** htmx's request headers, as the body's hx-headers attribute carries them. */
    public String getHtmxHeaders() {
        return "{\"" + CsrfTokens.HEADER + "\": \"" + getCsrfToken() + "\"}";
    }

    /** The common texts in the user's language, for messages made in code. */
    public Messages messages() {
        return messages(Messages.class);
    }

    /** A bundle's texts in the user's language (Messages, CatalogueMessages …). */
    public <T> T messages(Class<T> bundle) {
        return "sv".equals(getLang())
                ? MessageBundles.get(bundle)
                : MessageBundles.get(bundle, Localized.Literal.of(getLang()));
    }

    /** A page in the user's language. */
    public TemplateInstance page(TemplateInstance template) {
        return template.setAttribute("locale", getLocale());
    }

    private String claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object value = token.getClaim(name);
            return value == null ? null : value.toString().replace("\"", "");
        }
        return null;
    }
}
