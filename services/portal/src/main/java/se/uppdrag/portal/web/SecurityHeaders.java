package se.uppdrag.portal.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Headers on every answer: a Content-Security-Policy that runs only our own scripts and styles (no inline script,
 * no CDN) and lets forms go only to this site and to Keycloak (logout redirects there); no framing, no MIME sniffing,
 * no referrer to other sites. State-changing requests from another site are refused here already, before any login
 * or logout handling, and checked again with the form token by {@link CsrfFilter}.
 */
@ApplicationScoped
public class SecurityHeaders {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String keycloak;

    /** Where browsers reach Keycloak, when not where the portal does (a container network); else the same. */
    @ConfigProperty(name = "uppdrag.portal.login-origin")
    Optional<String> loginOrigin;

    void register(@Observes Filters filters) {
        String policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                + "form-action 'self' " + loginOrigin.filter(o -> !o.isBlank()).orElse(origin(keycloak));
        filters.register(
                context -> {
                    if (!SAFE.contains(context.request().method()) && !SameOrigin.allows(context.request())) {
                        context.response()
                                .setStatusCode(403)
                                .putHeader("Content-Type", "text/plain; charset=UTF-8")
                                .end("Refused: this request did not come from the portal's own pages.");
                        return;
                    }
                    context.response()
                            .putHeader("Content-Security-Policy", policy)
                            .putHeader("X-Content-Type-Options", "nosniff")
                            .putHeader("X-Frame-Options", "DENY")
                            .putHeader("Referrer-Policy", "same-origin")
                            .putHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
                    context.next();
                },
                900);
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
