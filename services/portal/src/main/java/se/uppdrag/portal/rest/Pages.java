package se.uppdrag.portal.rest;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;
import java.util.function.Supplier;
import se.uppdrag.portal.client.ServiceProblem;
import se.uppdrag.portal.web.Form;

/** How pages answer: after an action, back to a page with a notice (POST-redirect-GET); a refused form, again. */
final class Pages {

    private Pages() {}

    /** 303 to the page, which shows the notice (a message key of msg:notice_text). */
    static Response seeOther(String path, String notice) {
        String separator = path.contains("?") ? "&" : "?";
        return Response.seeOther(URI.create(notice == null ? path : path + separator + "notice=" + notice))
                .build();
    }

    static Response seeOther(String path) {
        return seeOther(path, null);
    }

    /** The form again, with what was typed and what is wrong: the request was not carried out. */
    static Response refused(TemplateInstance page) {
        return Response.status(422)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page)
                .build();
    }

    /**
     * What a form asks, carried out by a service: where the action leads when it is done; otherwise the page
     * again with the form as the user sent it, showing the mistakes the portal found before asking (already in
     * the form; the service is then not asked) or the refusal the service gave (4xx; anything else is an error page).
     */
    static Response submit(Form form, Supplier<Response> action, Supplier<TemplateInstance> again) {
        if (!form.hasErrors()) {
            try {
                return action.get();
            } catch (ServiceProblem e) {
                requireRefusal(e);
                form.refusedBy(e);
            }
        }
        return refused(again.get());
    }

    /** A refusal the form shows (bad input, a state or a rule); anything else (403, 404, 5xx) is an error page. */
    static void requireRefusal(ServiceProblem e) {
        if (!e.isRefusal()) {
            throw e;
        }
    }

    /** An id the browser sent back; one that is not a UUID is a bad request, not an error of ours. */
    static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadRequestException("not an id: " + value);
        }
    }

    /** A filter's value as the services take it: trimmed, or null when the field was left empty. */
    static String given(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A filter's id: null when left empty, a bad request when not a UUID. */
    static UUID givenId(String value) {
        String given = given(value);
        return given == null ? null : uuid(given);
    }

    static NotFoundException notFound() {
        return new NotFoundException();
    }

    /** A number for a form field: as short as it can be written. */
    static String decimal(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
