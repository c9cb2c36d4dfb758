package se.uppdrag.portal.web;

import io.quarkus.oidc.JavaScriptRequestChecker;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * An htmx request whose session has expired must not be redirected to Keycloak inside a fragment: it is answered 499
 * (quarkus.oidc.authentication.java-script-auto-redirect=false) and the page reloads, going through login.
 */
@ApplicationScoped
public class HtmxRequests implements JavaScriptRequestChecker {

    @Override
    public boolean isJavaScriptRequest(RoutingContext context) {
        return isHtmx(context);
    }

    public static boolean isHtmx(RoutingContext context) {
        return "true".equals(context.request().getHeader("HX-Request"));
    }
}
