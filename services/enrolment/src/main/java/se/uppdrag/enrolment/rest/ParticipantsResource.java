package se.uppdrag.enrolment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.uppdrag.enrolment.service.EnrolmentService;
import se.uppdrag.platform.rest.PageResponse;
import se.uppdrag.platform.security.Caller;
import se.uppdrag.platform.security.Roles;

@Path("/occasions/{id}/enrolments")
@Tag(name = "Enrolments")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class ParticipantsResource {

    @Inject
    EnrolmentService enrolments;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({ Roles.UNIVERSITY, Roles.EMPLOYER })
    @Operation(summary = "Participant list of an occasion",
            description = "The university sees everyone on its occasion, with identity numbers where kept; an employer sees its own staff.")
    @APIResponse(responseCode = "404", description = "Not the caller's occasion")
    public PageResponse<EnrolmentView> list(@PathParam("id") UUID occasionId) {
        boolean employer = caller.hasRole(Roles.EMPLOYER);
        var found = enrolments.onOccasion(employer ? null : caller.organisation(),
                employer ? caller.organisation() : null, occasionId);
        return new PageResponse<>(found.stream().map(e -> EnrolmentView.of(e, !employer)).toList(), found.size(), 0,
                found.size());
    }
}
