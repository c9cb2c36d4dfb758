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
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import se.uppdrag.platform.security.Roles;
import se.uppdrag.portal.client.EnrolmentApi;
import se.uppdrag.portal.client.Evaluations;
import se.uppdrag.portal.client.PublicEvaluationApi;
import se.uppdrag.portal.client.ServiceProblem;
import se.uppdrag.portal.web.EvaluationMessages;
import se.uppdrag.portal.web.Form;
import se.uppdrag.portal.web.Inputs;
import se.uppdrag.portal.web.Session;

/**
 * Course evaluations: the participant's form behind the personal link from the mail (public, no account; in the
 * course's language unless the reader chose one), and an occasion's results for its university (with its own
 * questions for the course) and for the employers whose staff took part.
 */
@Path("/")
public class EvaluationPages {

    private static final List<String> SCALE = List.of("1", "2", "3", "4", "5");
    private static final int COMMENT_LIMIT = 2000;

    @Inject
    @RestClient
    PublicEvaluationApi participants;

    @Inject
    @RestClient
    EnrolmentApi enrolment;

    @Inject
    Session session;

    /** One question of the form: its field, what it asks, and whether it must be answered. */
    public record QuestionField(String name, String legend, boolean required) {}

    public record FormPage(
            String token, Evaluations.Form evaluation, List<QuestionField> questions, List<String> scale, Form form) {}

    /** After the form, or instead of it: ANSWERED, USED (answered before) or UNKNOWN (no such link). */
    public record DonePage(String outcome) {}

    public record ResultsPage(
            Evaluations.Results results,
            boolean university,
            List<Evaluations.OwnQuestion> own,
            Map<String, String> legends,
            Form form,
            String notice) {

        public String legend(Evaluations.QuestionResult q) {
            return q.text() != null ? q.text() : legends.getOrDefault(q.key(), q.key());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(FormPage page);

        static native TemplateInstance done(DonePage page);

        static native TemplateInstance results(ResultsPage page);
    }

    @GET
    @Path("evaluations/answered")
    public TemplateInstance answered() {
        return session.page(Templates.done(new DonePage("ANSWERED")));
    }

    @GET
    @Path("evaluations/{token}")
    public Response form(@PathParam("token") String token) {
        Evaluations.Form evaluation;
        try {
            evaluation = participants.form(token);
        } catch (ServiceProblem e) {
            return done(e);
        }
        if (!session.hasChosenLanguage() && !evaluation.language().equals(session.getLang())) {
            // Asked in the course's language: switched once, as the reader would with the switch.
            return Response.seeOther(URI.create("/language/" + evaluation.language() + "?back="
                            + URLEncoder.encode("/evaluations/" + token, StandardCharsets.UTF_8)))
                    .build();
        }
        return Response.ok(session.page(Templates.form(formPage(token, evaluation, Form.empty()))))
                .build();
    }

    /** The answers, checked here first (each question 1-5), then sent once; the link is used up by it. */
    @POST
    @Path("evaluations/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("token") String token, MultivaluedMap<String, String> posted) {
        Evaluations.Form evaluation;
        try {
            evaluation = participants.form(token);
        } catch (ServiceProblem e) {
            return done(e);
        }
        Form form = Form.of(posted);
        EvaluationMessages texts = session.messages(EvaluationMessages.class);
        Map<String, Integer> scores = new HashMap<>();
        for (Evaluations.Question q : evaluation.questions()) {
            String name = "q-" + q.key();
            String value = form.text(name);
            if (value != null && SCALE.contains(value)) {
                scores.put(q.key(), Integer.valueOf(value));
            } else if (!q.isOwn() || value != null) {
                form.reject(name, texts.choose_one());
            }
        }
        String comment = form.text("comment");
        if (comment != null && comment.length() > COMMENT_LIMIT) {
            comment = comment.substring(0, COMMENT_LIMIT); // the field's maxlength says so too
        }
        if (form.hasErrors()) {
            return Pages.refused(session.page(Templates.form(formPage(token, evaluation, form))));
        }
        Map<UUID, Integer> custom = new HashMap<>();
        evaluation.questions().stream()
                .filter(Evaluations.Question::isOwn)
                .filter(q -> scores.containsKey(q.key()))
                .forEach(q -> custom.put(UUID.fromString(q.key()), scores.get(q.key())));
        try {
            participants.answer(
                    token,
                    new Evaluations.Answers(
                            scores.get("overall"),
                            scores.get("relevance"),
                            scores.get("teaching"),
                            scores.get("organisation"),
                            custom,
                            comment));
        } catch (ServiceProblem e) {
            if (e.status() == 404 || e.status() == 409) {
                return done(e);
            }
            Pages.requireRefusal(e);
            form.refusedBy(e);
            return Pages.refused(session.page(Templates.form(formPage(token, evaluation, form))));
        }
        return Pages.seeOther("/evaluations/answered");
    }

    private Response done(ServiceProblem e) {
        if (e.status() != 404 && e.status() != 409) {
            throw e;
        }
        return Response.status(e.status())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(session.page(Templates.done(new DonePage(e.status() == 409 ? "USED" : "UNKNOWN"))))
                .build();
    }

    private FormPage formPage(String token, Evaluations.Form evaluation, Form form) {
        Map<String, String> legends = standardLegends();
        List<QuestionField> questions = new ArrayList<>();
        for (Evaluations.Question q : evaluation.questions()) {
            questions.add(new QuestionField(
                    "q-" + q.key(), q.isOwn() ? q.text() : legends.getOrDefault(q.key(), q.key()), !q.isOwn()));
        }
        return new FormPage(token, evaluation, questions, SCALE, form);
    }

    private Map<String, String> standardLegends() {
        EvaluationMessages texts = session.messages(EvaluationMessages.class);
        return Map.of(
                "overall", texts.question_overall(),
                "relevance", texts.question_relevance(),
                "teaching", texts.question_teaching(),
                "organisation", texts.question_organisation());
    }

    @GET
    @Path("occasions/{id}/evaluation")
    @RolesAllowed({Roles.UNIVERSITY, Roles.EMPLOYER, Roles.OPERATOR})
    public TemplateInstance results(@PathParam("id") UUID occasionId, @QueryParam("notice") String notice) {
        return session.page(Templates.results(resultsPage(occasionId, Form.empty(), notice)));
    }

    @POST
    @Path("occasions/{id}/evaluation/questions")
    @RolesAllowed(Roles.UNIVERSITY)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addQuestion(@PathParam("id") UUID occasionId, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted);
        new Inputs(form, session.messages()).required("text");
        Evaluations.Results results = enrolment.evaluation(occasionId);
        return Pages.submit(
                form,
                () -> {
                    enrolment.addEvaluationQuestion(new Evaluations.NewQuestion(results.courseId(), form.text("text")));
                    return Pages.seeOther("/occasions/" + occasionId + "/evaluation", "question_added");
                },
                () -> session.page(Templates.results(resultsPage(occasionId, form, null))));
    }

    @POST
    @Path("occasions/{id}/evaluation/questions/{question}/remove")
    @RolesAllowed(Roles.UNIVERSITY)
    public Response removeQuestion(@PathParam("id") UUID occasionId, @PathParam("question") UUID question) {
        enrolment.removeEvaluationQuestion(question);
        return Pages.seeOther("/occasions/" + occasionId + "/evaluation", "question_removed");
    }

    private ResultsPage resultsPage(UUID occasionId, Form form, String notice) {
        Evaluations.Results results = enrolment.evaluation(occasionId);
        boolean university = session.isUniversity();
        List<Evaluations.OwnQuestion> own = university ? enrolment.evaluationQuestions(results.courseId()) : List.of();
        return new ResultsPage(results, university, own, standardLegends(), form, notice);
    }
}
