package se.uppdrag.enrolment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.uppdrag.enrolment.service.EnrolmentService;
import se.uppdrag.enrolment.service.Evaluations;
import se.uppdrag.enrolment.service.ResultsRequest;
import se.uppdrag.platform.errors.ProblemException;
import se.uppdrag.platform.rest.PageResponse;
import se.uppdrag.platform.security.Caller;
import se.uppdrag.platform.security.Roles;
import se.uppdrag.platform.security.Viewer;

/** An occasion's participants: the list, the results of all of them reported at once, and their evaluation. */
@Path("/occasions/{id}")
@Tag(name = "Enrolments")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class OccasionEnrolmentsResource {

    @Inject
    EnrolmentService enrolments;

    @Inject
    EnrolmentViews views;

    @Inject
    Evaluations evaluations;

    @Inject
    Caller caller;

    @GET
    @Path("/enrolments")
    @RolesAllowed({Roles.UNIVERSITY, Roles.EMPLOYER})
    @Operation(
            summary = "Participant list of an occasion",
            description =
                    "The university sees everyone on its occasion, with identity numbers where kept; an employer sees its own staff.")
    @APIResponse(responseCode = "200", description = "The occasion's participants the caller may see")
    @APIResponse(responseCode = "404", description = "Not the caller's occasion")
    public PageResponse<EnrolmentView> listOccasionEnrolments(@PathParam("id") UUID occasionId) {
        Viewer viewer = caller.viewer();
        var found = enrolments.onOccasion(viewer, occasionId);
        return new PageResponse<>(views.of(found, viewer.isUniversity()), found.size(), 0, found.size());
    }

    @GET
    @Path("/evaluation")
    @RolesAllowed({Roles.UNIVERSITY, Roles.EMPLOYER, Roles.OPERATOR})
    @Operation(
            summary = "An occasion's evaluation results",
            description = "Aggregates only, and none below the minimum number of answers (5): the university sees "
                    + "all answers and the comments, an employer its own staff's answers, the operator all without "
                    + "comments.")
    @APIResponse(responseCode = "200", description = "The results as the caller may see them")
    @APIResponse(responseCode = "404", description = "Not an occasion the caller may see evaluated")
    public EvaluationResultsView occasionEvaluation(@PathParam("id") UUID occasionId) {
        return EvaluationResultsView.of(evaluations
                .results(caller.viewer(), occasionId)
                .orElseThrow(() -> ProblemException.notFound("Occasion", occasionId)));
    }

    @POST
    @Path("/completions")
    @RolesAllowed(Roles.UNIVERSITY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Report the results of an occasion's participants at once",
            description =
                    "All or nothing: "
                            + "each must be a confirmed participant of this occasion; a completion needs a grade and at most the "
                            + "course's credits. What is wrong is answered per row (results[3].creditsAwarded) and nothing is written.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "two results", value = """
            { "results": [
                { "enrolmentId": "3c5d7e9f-1a2b-4c3d-8e4f-5a6b7c8d9e01", "outcome": "COMPLETED", "creditsAwarded": 7.5, "grade": "VG" },
                { "enrolmentId": "4d6e8f0a-2b3c-4d5e-9f6a-7b8c9d0e1f02", "outcome": "NOT_COMPLETED" } ] }""")))
    @APIResponse(responseCode = "200", description = "The enrolments as they now are, in the order given")
    @APIResponse(
            responseCode = "400",
            description = "A row at fault (named), or an enrolment named twice; nothing written")
    @APIResponse(responseCode = "404", description = "Not the caller's occasion")
    @APIResponse(responseCode = "409", description = "A participant who is not confirmed; nothing written")
    public PageResponse<EnrolmentView> reportResults(
            @PathParam("id") UUID occasionId, @Valid @NotNull ResultsRequest body) {
        var results = body.results().stream()
                .map(r -> new EnrolmentService.Result(
                        r.enrolmentId(),
                        r.outcome() == ResultsRequest.Outcome.COMPLETED,
                        r.creditsAwarded(),
                        r.grade()))
                .toList();
        var reported = enrolments.completeAll(caller.organisation(), occasionId, results);
        return new PageResponse<>(views.of(reported, true), reported.size(), 0, reported.size());
    }
}
