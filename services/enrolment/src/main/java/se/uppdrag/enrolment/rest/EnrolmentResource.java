package se.uppdrag.enrolment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
import se.uppdrag.contracts.Money;
import se.uppdrag.enrolment.domain.Enrolment;
import se.uppdrag.enrolment.domain.EnrolmentStatus;
import se.uppdrag.enrolment.service.CompletionRequest;
import se.uppdrag.enrolment.service.EnrolmentService;
import se.uppdrag.enrolment.service.ReasonRequest;
import se.uppdrag.enrolment.service.SubstitutionRequest;
import se.uppdrag.platform.rest.PageRequest;
import se.uppdrag.platform.rest.PageResponse;
import se.uppdrag.platform.rest.QueryParams;
import se.uppdrag.platform.security.Caller;
import se.uppdrag.platform.security.Roles;
import se.uppdrag.platform.security.Viewer;

@Path("/enrolments")
@Tag(name = "Enrolments")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class EnrolmentResource {

    static final String ENROLMENT_ID = "3c5d7e9f-1a2b-4c3d-8e4f-5a6b7c8d9e01";

    @Inject
    EnrolmentService enrolments;

    @Inject
    EnrolmentViews views;

    @Inject
    Caller caller;

    /** What cancelling would cost now. */
    public record CancellationView(
            UUID enrolmentId, EnrolmentStatus status, long daysBeforeStart, int percent, Money fee) {}

    @GET
    @RolesAllowed({Roles.UNIVERSITY, Roles.EMPLOYER})
    @Operation(
            summary = "List enrolments",
            description = "A university's enrolments on its occasions (with identity "
                    + "numbers where kept), an employer's own staff's; oldest first. status=PENDING is the university's "
                    + "confirmation queue across all its occasions.")
    @APIResponse(
            responseCode = "200",
            description = "A page of enrolments",
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "queue",
                                            value =
                                                    "{ \"items\": [ { \"id\": \"" + ENROLMENT_ID
                                                            + "\", \"status\": \"PENDING\", "
                                                            + "\"participant\": { \"givenName\": \"Anna\", \"familyName\": \"Berg\" }, \"occasion\": { "
                                                            + "\"courseCode\": \"KUS101\", \"title\": \"Industrial machine learning\", \"startDate\": \"2027-02-01\" } } ], "
                                                            + "\"total\": 1, \"totalExact\": true, \"page\": 0, \"size\": 20 }")))
    @APIResponse(responseCode = "400", description = "A malformed filter")
    public PageResponse<EnrolmentView> listEnrolments(
            @Parameter(
                            description =
                                    "PENDING, CONFIRMED, WAITLISTED, REJECTED, CANCELLED, COMPLETED or NOT_COMPLETED",
                            example = "PENDING")
                    @QueryParam("status")
                    String status,
            @Parameter(description = "Only on this occasion") @QueryParam("occasion") String occasion,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        Viewer viewer = caller.viewer();
        var found = enrolments.list(
                viewer,
                QueryParams.enumeration("status", status, EnrolmentStatus.class),
                QueryParams.uuid("occasion", occasion),
                paging.page(),
                paging.size());
        var shown = views.of(found.items(), viewer.isUniversity());
        return new PageResponse<>(shown, found.total(), paging.page(), paging.size());
    }

    /** POST /enrolments/decisions's body. */
    public record Decisions(
            List<@NotNull UUID> confirm,
            List<@NotNull UUID> reject,

            @Size(max = 1000) @Schema(example = "Prerequisites not met")
            String reason) {

        List<UUID> confirmOrNone() {
            return confirm == null ? List.of() : confirm;
        }

        List<UUID> rejectOrNone() {
            return reject == null ? List.of() : reject;
        }
    }

    @POST
    @Path("/decisions")
    @RolesAllowed(Roles.UNIVERSITY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Confirm and reject many participants at once",
            description = "All or nothing: if any "
                    + "enrolment cannot be decided, none is, and the answer names each one at fault (confirm[2], reject[0]). "
                    + "Rejected seats go to the waiting list as single rejections do.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "confirm two, reject one", value = """
            { "confirm": ["3c5d7e9f-1a2b-4c3d-8e4f-5a6b7c8d9e01", "4d6e8f0a-2b3c-4d5e-9f6a-7b8c9d0e1f02"],
              "reject": ["5e7f9a1b-3c4d-4e5f-8a7b-9c0d1e2f3a03"], "reason": "Prerequisites not met" }""")))
    @APIResponse(
            responseCode = "200",
            description = "The decided enrolments, in the order given (confirmed, then rejected)")
    @APIResponse(responseCode = "400", description = "No enrolment named, too many, or one named twice")
    @APIResponse(responseCode = "404", description = "An enrolment that is not the university's")
    @APIResponse(responseCode = "409", description = "An enrolment whose status does not allow it; nothing was decided")
    public PageResponse<EnrolmentView> decide(@Valid @NotNull Decisions decisions) {
        var decided = enrolments.decide(
                caller.organisation(), decisions.confirmOrNone(), decisions.rejectOrNone(), decisions.reason());
        return new PageResponse<>(views.of(decided, true), decided.size(), 0, Math.max(1, decided.size()));
    }

    @POST
    @Path("/{id}/confirm")
    @RolesAllowed(Roles.UNIVERSITY)
    @Operation(summary = "Confirm a participant", description = "PENDING → CONFIRMED (EnrolmentConfirmed).")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "404", description = "No such enrolment for the caller")
    @APIResponse(responseCode = "409", description = "The enrolment's status does not allow this; the detail names it")
    public EnrolmentView confirm(@PathParam("id") UUID id) {
        return university(enrolments.confirm(caller.organisation(), id));
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.UNIVERSITY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Reject a participant",
            description = "The seat goes to the first on the waiting list who fits.")
    @RequestBody(
            required = false,
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "reject",
                                            value = "{ \"reason\": \"Prerequisites not met\" }")))
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "404", description = "No such enrolment for the caller")
    @APIResponse(responseCode = "409", description = "The enrolment's status does not allow this; the detail names it")
    public EnrolmentView reject(@PathParam("id") UUID id, @Valid @NotNull ReasonRequest body) {
        return university(enrolments.reject(caller.organisation(), id, body == null ? null : body.reason()));
    }

    @GET
    @Path("/{id}/cancellation")
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(
            summary = "What cancelling a participant would cost now",
            description = "The fee the agreement's terms "
                    + "set for cancelling today, so it can be shown before the employer decides; nothing is changed.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            schema = @Schema(implementation = CancellationView.class),
                            examples =
                                    @ExampleObject(
                                            name = "three weeks before the start",
                                            value = "{ \"enrolmentId\": \"" + ENROLMENT_ID
                                                    + "\", \"status\": \"CONFIRMED\", \"daysBeforeStart\": 20, \"percent\": 50, \"fee\": { \"amount\": \"7500.00\", "
                                                    + "\"currency\": \"SEK\" } }")))
    @APIResponse(responseCode = "404", description = "No such enrolment of the caller's")
    @APIResponse(responseCode = "409", description = "The enrolment can no longer be cancelled")
    public CancellationView cancellation(@PathParam("id") UUID id) {
        var quote = enrolments.cancellationQuote(caller.organisation(), id);
        return new CancellationView(
                quote.enrolmentId(), quote.status(), quote.daysBeforeStart(), quote.percent(), Money.sek(quote.fee()));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Roles.EMPLOYER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Cancel a participant",
            description =
                    "The agreement's fee schedule decides the fee by days before the start; a waiting participant costs nothing.")
    @RequestBody(
            required = false,
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "cancel",
                                            value = "{ \"reason\": \"Project deadline moved\" }")))
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "404", description = "No such enrolment for the caller")
    @APIResponse(responseCode = "409", description = "The enrolment's status does not allow this; the detail names it")
    public EnrolmentView cancel(@PathParam("id") UUID id, @Valid @NotNull ReasonRequest body) {
        return employer(enrolments.cancel(caller.organisation(), id, body == null ? null : body.reason()));
    }

    @POST
    @Path("/{id}/substitute")
    @RolesAllowed(Roles.EMPLOYER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put another employee in the seat", description = "Free of charge; same seat, same status.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "substitute", value = """
            { "participant": { "givenName": "Erik", "familyName": "Lund", "email": "erik.lund@verkstad.example", "employeeNumber": "E-1002" } }""")))
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "404", description = "No such enrolment for the caller")
    @APIResponse(responseCode = "409", description = "The enrolment's status does not allow this; the detail names it")
    public EnrolmentView substitute(@PathParam("id") UUID id, @Valid @NotNull SubstitutionRequest body) {
        return employer(enrolments.substitute(caller.organisation(), id, body.participant()));
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed(Roles.UNIVERSITY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report completion", description = "Credits awarded (at most the course's) and grade.")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "passed",
                                            value = "{ \"creditsAwarded\": 7.5, \"grade\": \"G\" }")))
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "404", description = "No such enrolment for the caller")
    @APIResponse(responseCode = "409", description = "The enrolment's status does not allow this; the detail names it")
    public EnrolmentView complete(@PathParam("id") UUID id, @Valid @NotNull CompletionRequest body) {
        return university(enrolments.complete(caller.organisation(), id, body.creditsAwarded(), body.grade()));
    }

    @POST
    @Path("/{id}/not-completed")
    @RolesAllowed(Roles.UNIVERSITY)
    @Operation(
            summary = "Report that a participant did not complete",
            description = "By the university, "
                    + "after the occasion has started (EnrolmentNotCompleted); no credits are awarded.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "404", description = "No such enrolment for the caller")
    @APIResponse(responseCode = "409", description = "The enrolment's status does not allow this; the detail names it")
    public EnrolmentView notCompleted(@PathParam("id") UUID id) {
        return university(enrolments.notCompleted(caller.organisation(), id));
    }

    private EnrolmentView university(Enrolment e) {
        return views.of(e, true);
    }

    private EnrolmentView employer(Enrolment e) {
        return views.of(e, false);
    }
}
