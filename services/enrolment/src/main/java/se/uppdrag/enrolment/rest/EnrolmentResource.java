package se.uppdrag.enrolment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.uppdrag.enrolment.service.EnrolmentService;
import se.uppdrag.platform.security.Caller;
import se.uppdrag.platform.security.Roles;

@Path("/enrolments/{id}")
@Tag(name = "Enrolments")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
@APIResponse(responseCode = "404", description = "No such enrolment for the caller")
@APIResponse(responseCode = "409", description = "The enrolment's status does not allow this; the detail names it")
public class EnrolmentResource {

    @Inject
    EnrolmentService enrolments;

    @Inject
    Caller caller;

    @POST
    @Path("/confirm")
    @RolesAllowed(Roles.UNIVERSITY)
    @Operation(summary = "Confirm a participant", description = "PENDING → CONFIRMED (EnrolmentConfirmed).")
    public EnrolmentView confirm(@PathParam("id") UUID id) {
        return university(enrolments.confirm(caller.organisation(), id));
    }

    @POST
    @Path("/reject")
    @RolesAllowed(Roles.UNIVERSITY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a participant", description = "The seat goes to the first on the waiting list who fits.")
    @RequestBody(required = false, content = @Content(examples = @ExampleObject(name = "reject", value = "{ \"reason\": \"Prerequisites not met\" }")))
    public EnrolmentView reject(@PathParam("id") UUID id, @Valid @NotNull Requests.Reason body) {
        return university(enrolments.reject(caller.organisation(), id, body == null ? null : body.reason()));
    }

    @POST
    @Path("/cancel")
    @RolesAllowed(Roles.EMPLOYER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a participant", description = "The agreement's fee schedule decides the fee by days before the start; a waiting participant costs nothing.")
    @RequestBody(required = false, content = @Content(examples = @ExampleObject(name = "cancel", value = "{ \"reason\": \"Project deadline moved\" }")))
    public EnrolmentView cancel(@PathParam("id") UUID id, @Valid @NotNull Requests.Reason body) {
        return employer(enrolments.cancel(caller.organisation(), id, body == null ? null : body.reason()));
    }

    @POST
    @Path("/substitute")
    @RolesAllowed(Roles.EMPLOYER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put another employee in the seat", description = "Free of charge; same seat, same status.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "substitute", value = """
            { "participant": { "givenName": "Erik", "familyName": "Lund", "email": "erik.lund@verkstad.example", "employeeNumber": "E-1002" } }""")))
    public EnrolmentView substitute(@PathParam("id") UUID id, @Valid @NotNull Requests.Substitution body) {
        return employer(enrolments.substitute(caller.organisation(), id, body.participant()));
    }

    @POST
    @Path("/complete")
    @RolesAllowed(Roles.UNIVERSITY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report completion", description = "Credits awarded (at most the course's) and grade.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "passed", value = "{ \"creditsAwarded\": 7.5, \"grade\": \"G\" }")))
    public EnrolmentView complete(@PathParam("id") UUID id, @Valid @NotNull Requests.Completion body) {
        return university(enrolments.complete(caller.organisation(), id, body.creditsAwarded(), body.grade()));
    }

    @POST
    @Path("/not-completed")
    @RolesAllowed(Roles.UNIVERSITY)
    @Operation(summary = "Report that a participant did not complete")
    public EnrolmentView notCompleted(@PathParam("id") UUID id) {
        return university(enrolments.notCompleted(caller.organisation(), id));
    }

    private static EnrolmentView university(se.uppdrag.enrolment.domain.Enrolment e) {
        return EnrolmentView.of(e, true);
    }

    private static EnrolmentView employer(se.uppdrag.enrolment.domain.Enrolment e) {
        return EnrolmentView.of(e, false);
    }
}
