package se.uppdrag.enrolment.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.uppdrag.enrolment.domain.EvaluationQuestion;
import se.uppdrag.enrolment.service.EvaluationRequest;
import se.uppdrag.enrolment.service.Evaluations;
import se.uppdrag.enrolment.service.QuestionRequest;
import se.uppdrag.platform.errors.ProblemException;
import se.uppdrag.platform.rest.QueryParams;
import se.uppdrag.platform.security.Caller;
import se.uppdrag.platform.security.Roles;

/**
 * Course evaluations: the participant's form behind a personal link (public: participants have no account) and the
 * university's own questions per course. The results are the occasion's ({@link OccasionEnrolmentsResource}).
 */
@Path("/")
@Tag(name = "Evaluations")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private static final String TOKEN_EXAMPLE = "3q2-7wAAQBCAAAAAAAAAAA.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE";

    @Inject
    Evaluations evaluations;

    @Inject
    Caller caller;

    /** One question of the form: a standard one by its key (the portal words it), or the course's own by its text. */
    public record QuestionView(
            @Schema(
                    description = "overall, relevance, teaching, organisation, or the id of the course's own question",
                    example = "overall")
            String key,

            @Schema(description = "The course's own question; absent for the standard ones")
            String text) {}

    public record EvaluationForm(
            @Schema(example = "KUS101") String courseCode,
            @Schema(example = "Industrial machine learning") String title,
            @Schema(example = "Kustlands högskola") String university,
            LocalDate startDate,
            LocalDate endDate,

            @Schema(description = "sv or en: the language to ask in", example = "sv")
            String language,

            List<QuestionView> questions) {}

    public record EvaluationQuestionView(UUID id, UUID courseId, String university, int position, String text) {

        static EvaluationQuestionView of(EvaluationQuestion q) {
            return new EvaluationQuestionView(q.id, q.courseId, q.university, q.position, q.text);
        }
    }

    @GET
    @Path("/evaluations/{token}")
    @PermitAll
    @Operation(
            summary = "The evaluation form behind a participant's link",
            description = "Public: the link is the participant's authority. The occasion, its university, the language "
                    + "and the questions: the four standard ones (1-5) and the course's own.")
    @APIResponse(responseCode = "200", description = "The form")
    @APIResponse(responseCode = "404", description = "No such link (made up, altered or from another installation)")
    @APIResponse(responseCode = "409", description = "Answered already: each link is used once")
    public EvaluationForm evaluationForm(
            @Parameter(description = "The token of the participant's link", example = TOKEN_EXAMPLE) @PathParam("token")
                    String token) {
        Evaluations.Form form =
                evaluations.form(token).orElseThrow(() -> ProblemException.notFound("Evaluation", "link"));
        List<QuestionView> questions = new ArrayList<>();
        Evaluations.STANDARD.forEach(key -> questions.add(new QuestionView(key, null)));
        form.questions().forEach(q -> questions.add(new QuestionView(q.id.toString(), q.text)));
        return new EvaluationForm(
                form.occasion().courseCode,
                form.occasion().title,
                form.university(),
                form.occasion().startDate,
                form.occasion().endDate,
                form.language(),
                questions);
    }

    @POST
    @Path("/evaluations/{token}")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Answer an evaluation",
            description = "Once per link. The answers are stored without anything that leads back to the participant; "
                    + "the link is marked used in the same transaction.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "answers", value = """
            { "overall": 5, "relevance": 4, "teaching": 4, "organisation": 3,
              "custom": { "5b8e0c4a-9d2f-4e61-8a7b-3c2d1e0f9a8b": 4 },
              "comment": "Bra övningar på riktiga data." }""")))
    @APIResponse(responseCode = "204", description = "Answered; thank you")
    @APIResponse(responseCode = "400", description = "A score outside 1-5, a question the course does not ask (named)")
    @APIResponse(responseCode = "404", description = "No such link")
    @APIResponse(responseCode = "409", description = "Answered already")
    public Response answerEvaluation(
            @Parameter(description = "The token of the participant's link", example = TOKEN_EXAMPLE) @PathParam("token")
                    String token,
            @Valid @NotNull EvaluationRequest body) {
        if (!evaluations.answer(token, body)) {
            throw ProblemException.notFound("Evaluation", "link");
        }
        return Response.noContent().build();
    }

    @GET
    @Path("/evaluation-questions")
    @RolesAllowed({Roles.UNIVERSITY, Roles.EMPLOYER, Roles.OPERATOR})
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "A course's own evaluation questions", description = "In the order the form asks them.")
    @APIResponse(responseCode = "200", description = "The questions")
    @APIResponse(responseCode = "400", description = "No course given, or not an id")
    public List<EvaluationQuestionView> listEvaluationQuestions(
            @Parameter(description = "The course", required = true, example = "8a4e7c2b-1d3f-4e5a-9b6c-7d8e9f0a1b02")
                    @QueryParam("course")
                    String course) {
        UUID courseId = QueryParams.uuid("course", course);
        if (courseId == null) {
            throw ProblemException.invalidField("course", "is required");
        }
        return evaluations.questions(courseId).stream()
                .map(EvaluationQuestionView::of)
                .toList();
    }

    @POST
    @Path("/evaluation-questions")
    @RolesAllowed(Roles.UNIVERSITY)
    @SecurityRequirement(name = "SecurityScheme")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add a question of the university's own to a course's evaluations",
            description = "Answered 1-5 after the standard questions by every occasion evaluated from now on.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "a question", value = """
            { "courseId": "8a4e7c2b-1d3f-4e5a-9b6c-7d8e9f0a1b02",
              "text": "Hur väl förberedde förkunskapskraven dig?" }""")))
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "No text, or longer than 300 characters")
    @APIResponse(responseCode = "404", description = "Not a course of the caller's university")
    @APIResponse(responseCode = "422", description = "The course has 20 questions of its own already")
    public Response addEvaluationQuestion(@Valid @NotNull QuestionRequest body) {
        EvaluationQuestion q = evaluations
                .addQuestion(caller.viewer(), body)
                .orElseThrow(() -> ProblemException.notFound("Course", body.courseId()));
        return Response.status(Response.Status.CREATED)
                .entity(EvaluationQuestionView.of(q))
                .build();
    }

    @DELETE
    @Path("/evaluation-questions/{id}")
    @RolesAllowed(Roles.UNIVERSITY)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Remove a question of the university's own", description = "Answers given to it stay.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "Not a question of the caller's university")
    public Response removeEvaluationQuestion(@PathParam("id") UUID id) {
        if (!evaluations.removeQuestion(caller.viewer(), id)) {
            throw ProblemException.notFound("Evaluation question", id);
        }
        return Response.noContent().build();
    }
}
