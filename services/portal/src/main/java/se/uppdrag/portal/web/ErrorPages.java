package se.uppdrag.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import se.uppdrag.portal.client.ServiceProblem;

/**
 * What the user sees when something is refused or goes wrong: a page in their language saying so, with the status
 * the services gave (403 for another role's page, 404 for another organisation's thing, which must look like a missing
 * one). An htmx request gets the message alone, which the page shows in its alert region.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @Inject
    Session session;

    @Inject
    RoutingContext routing;

    /** The page's one parameter: what to say. */
    public record Failure(int status, String detail, String errorId) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Failure failure);

        static native TemplateInstance error$alert(Failure failure);
    }

    @ServerExceptionMapper
    public Response serviceProblem(ServiceProblem e) {
        int status = switch (e.status()) {
            case 401 -> 401; // the session's token no longer works
            case 403, 404, 400, 409, 413, 422 -> e.status();
            case 503 -> 503; // busy, or its database unreachable: trying again shortly is right
            default -> 502;
        };
        if (status == 503) {
            LOG.infof("A service was unavailable for %s: %s", routing.request().path(), e.detail());
            return render(503, null, null);
        }
        if (status == 502) {
            String id = UUID.randomUUID().toString();
            LOG.warnf(
                    "A service answered %d on %s (error id %s): %s",
                    e.status(), routing.request().path(), id, e.detail());
            return render(status, null, id);
        }
        return render(status, status == 403 || status == 404 ? null : e.detail(), null);
    }

    @ServerExceptionMapper
    public Response formRefused(CsrfFilter.FormRefused e) {
        return render(403, session.messages().form_refused(), null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return render(403, null, null);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return render(404, null, null);
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e) {
        String id = UUID.randomUUID().toString();
        LOG.warnf(
                "A service could not be reached for %s (error id %s): %s",
                routing.request().path(), id, e.getMessage());
        return render(503, null, id);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status < 500) {
            return render(status, null, null);
        }
        return unexpected(e);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", id, routing.request().path());
        return render(500, null, id);
    }

    private Response render(int status, String detail, String errorId) {
        Failure failure = new Failure(status, detail, errorId);
        TemplateInstance page =
                HtmxRequests.isHtmx(routing) ? Templates.error$alert(failure) : Templates.error(failure);
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(session.page(page))
                .build();
    }
}
