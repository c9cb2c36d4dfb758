package se.uppdrag.portal.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import se.uppdrag.platform.security.Roles;
import se.uppdrag.portal.client.Catalogue.Occasion;
import se.uppdrag.portal.client.EnrolmentApi;
import se.uppdrag.portal.client.Enrolments.Decisions;
import se.uppdrag.portal.client.Enrolments.Enrolment;
import se.uppdrag.portal.client.Enrolments.Result;
import se.uppdrag.portal.client.Enrolments.Results;
import se.uppdrag.portal.client.Page;
import se.uppdrag.portal.client.PublicCatalogueApi;
import se.uppdrag.portal.client.ServiceProblem;
import se.uppdrag.portal.service.OrganisationNames;
import se.uppdrag.portal.web.CatalogueMessages;
import se.uppdrag.portal.web.Form;
import se.uppdrag.portal.web.Inputs;
import se.uppdrag.portal.web.Session;

/**
 * A university administrator's work with participants: the queue of seats waiting for a decision across all
 * occasions (decided in bulk), an occasion's participant list, and its results entered in one form.
 */
@Path("/university")
@RolesAllowed(Roles.UNIVERSITY)
public class ParticipantPages {

    static final int QUEUE_SIZE = 50;
    private static final Pattern ROW = Pattern.compile("^(confirm|reject|results)\\[(\\d+)]\\.?(.*)$");

    @Inject
    @RestClient
    EnrolmentApi enrolment;

    @Inject
    @RestClient
    PublicCatalogueApi catalogue;

    @Inject
    OrganisationNames names;

    @Inject
    Session session;

    public record QueuePage(
            Page<Enrolment> pending, Paging paging, Map<String, String> employers, Form form, String notice) {}

    public record ParticipantsPage(Occasion occasion, List<Enrolment> participants, Map<String, String> employers) {}

    /** The results form: the confirmed participants as rows, and those already reported on. */
    public record CompletionPage(
            Occasion occasion,
            List<Enrolment> open,
            List<Enrolment> reported,
            Map<String, String> employers,
            Form form,
            String notice) {

        /** The credits a completion is given unless changed: the course's. */
        public String defaultCredits() {
            return Pages.decimal(occasion.course().credits());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(QueuePage page);

        static native TemplateInstance participants(ParticipantsPage page);

        static native TemplateInstance completion(CompletionPage page);
    }

    @GET
    @Path("queue")
    public TemplateInstance queue(@QueryParam("page") Integer page, @QueryParam("notice") String notice) {
        return session.page(Templates.queue(queuePage(page, Form.empty(), notice)));
    }

    /** Confirms or rejects the ticked seats, all or none. */
    @POST
    @Path("queue")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        List<UUID> chosen = new ArrayList<>();
        form.values("enrolment").forEach(id -> chosen.add(Pages.uuid(id)));
        if (chosen.isEmpty()) {
            form.reject("enrolment", session.messages(CatalogueMessages.class).queue_none_chosen());
        } else {
            boolean confirm = !"reject".equals(form.text("decision"));
            try {
                enrolment.decide(
                        new Decisions(confirm ? chosen : List.of(), confirm ? List.of() : chosen, form.text("reason")));
                return Pages.seeOther("/university/queue", "decided");
            } catch (ServiceProblem e) {
                Pages.requireRefusal(e);
                form.problem(e.detail());
                // confirm[2] names the third chosen seat: the message goes on its row.
                for (var error : e.errors()) {
                    Matcher row = ROW.matcher(error.field());
                    if (row.matches() && Integer.parseInt(row.group(2)) < chosen.size()) {
                        form.reject("row-" + chosen.get(Integer.parseInt(row.group(2))), error.message());
                    } else {
                        form.reject(error.field(), error.message());
                    }
                }
            }
        }
        return Pages.refused(session.page(Templates.queue(queuePage(null, form, null))));
    }

    @GET
    @Path("occasions/{id}/participants")
    public TemplateInstance participants(@PathParam("id") UUID id) {
        Occasion occasion = owned(id);
        List<Enrolment> participants = enrolment.participants(id).items();
        return session.page(Templates.participants(new ParticipantsPage(
                occasion,
                participants,
                names.of(participants.stream().map(Enrolment::employer).toList()))));
    }

    @GET
    @Path("occasions/{id}/completion")
    public TemplateInstance completion(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        Occasion occasion = owned(id);
        return session.page(Templates.completion(completionPage(occasion, Form.empty(), notice)));
    }

    /**
     * Reports the results chosen in the form at once. Rows left without an outcome are not reported; a row at fault
     * gets the service's message beside it, and nothing is reported.
     */
    @POST
    @Path("occasions/{id}/completion")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complete(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        Occasion occasion = owned(id);
        Form form = Form.of(posted);
        Inputs in = new Inputs(form, session.messages());
        List<Result> results = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (String enrolmentId : form.values("row")) {
            String outcome = form.text("outcome-" + enrolmentId);
            if (outcome == null) {
                continue;
            }
            boolean completed = outcome.equals("COMPLETED");
            BigDecimal credits = completed ? in.decimal("credits-" + enrolmentId) : null;
            results.add(new Result(
                    Pages.uuid(enrolmentId),
                    completed ? "COMPLETED" : "NOT_COMPLETED",
                    credits,
                    completed ? form.text("grade-" + enrolmentId) : null));
            rows.add(enrolmentId);
        }
        if (results.isEmpty()) {
            form.problem(session.messages(CatalogueMessages.class).completion_none_chosen());
        } else if (in.ok()) {
            try {
                enrolment.complete(id, new Results(results));
                return Pages.seeOther("/university/occasions/" + id + "/completion", "results_reported");
            } catch (ServiceProblem e) {
                Pages.requireRefusal(e);
                form.problem(e.detail());
                for (var error : e.errors()) {
                    Matcher row = ROW.matcher(error.field());
                    if (row.matches() && Integer.parseInt(row.group(2)) < rows.size()) {
                        String enrolmentId = rows.get(Integer.parseInt(row.group(2)));
                        String field = switch (row.group(3)) {
                            case "creditsAwarded" -> "credits-";
                            case "grade" -> "grade-";
                            default -> "outcome-";
                        };
                        form.reject(field + enrolmentId, error.message());
                    }
                }
            }
        }
        return Pages.refused(session.page(Templates.completion(completionPage(occasion, form, null))));
    }

    private QueuePage queuePage(Integer page, Form form, String notice) {
        Page<Enrolment> pending = enrolment.enrolments("PENDING", null, page, QUEUE_SIZE);
        return new QueuePage(
                pending,
                Paging.of("/university/queue", Map.of(), pending),
                names.of(pending.items().stream().map(Enrolment::employer).toList()),
                form,
                notice);
    }

    private CompletionPage completionPage(Occasion occasion, Form form, String notice) {
        List<Enrolment> participants = enrolment.participants(occasion.id()).items();
        List<Enrolment> open =
                participants.stream().filter(e -> e.inStatus("CONFIRMED")).toList();
        List<Enrolment> reported = participants.stream()
                .filter(e -> e.inStatus("COMPLETED") || e.inStatus("NOT_COMPLETED"))
                .toList();
        return new CompletionPage(
                occasion,
                open,
                reported,
                names.of(participants.stream().map(Enrolment::employer).toList()),
                form,
                notice);
    }

    private Occasion owned(UUID id) {
        Occasion occasion = catalogue.occasion(id);
        if (!occasion.university().equals(session.getOrg())) {
            throw Pages.notFound();
        }
        return occasion;
    }
}
