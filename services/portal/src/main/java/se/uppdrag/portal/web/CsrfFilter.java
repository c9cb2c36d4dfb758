package se.uppdrag.portal.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Every state-changing request must come from one of our own pages: from the same origin (the browser's
 * Sec-Fetch-Site or Origin header says so), and carrying this browser's form token in the form or in the htmx header.
 * A safe request makes sure the browser has a token for the forms on the page it gets.
 */
public class CsrfFilter {

    private static final Logger LOG = Logger.getLogger(CsrfFilter.class);
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CsrfTokens tokens;

    @ServerRequestFilter
    @WithFormRead
    public void check(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (SAFE.contains(request.getMethod())) {
            tokens.tokenFor(routing);
            return;
        }
        if (!SameOrigin.allows(routing.request())) {
            LOG.infof(
                    "Refused a cross-site %s %s",
                    request.getMethod(), routing.request().path());
            throw new FormRefused();
        }
        String sent = request.getHeaderString(CsrfTokens.HEADER);
        if (sent == null && isForm(request.getMediaType())) {
            ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
            Object field = context.getFormParameter(CsrfTokens.FIELD, true, false);
            sent = field == null ? null : field.toString();
        }
        if (!tokens.matches(routing.request(), sent)) {
            LOG.infof(
                    "Refused %s %s without this browser's form token",
                    request.getMethod(), routing.request().path());
            throw new FormRefused();
        }
    }

    private static boolean isForm(MediaType type) {
        return type != null
                && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    /** A state-changing request that did not come from our own page; answered with a 403 page. */
    public static class FormRefused extends RuntimeException {
        public FormRefused() {
            super("The request did not come from this portal's own page", null, false, false);
        }
    }
}
