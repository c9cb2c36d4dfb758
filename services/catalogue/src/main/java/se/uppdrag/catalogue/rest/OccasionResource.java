package se.uppdrag.catalogue.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.uppdrag.catalogue.domain.DeliveryMode;
import se.uppdrag.catalogue.domain.OccasionSearch;
import se.uppdrag.catalogue.service.OccasionChangeRequest;
import se.uppdrag.catalogue.service.OccasionService;
import se.uppdrag.catalogue.service.WithdrawRequest;
import se.uppdrag.platform.rest.MediaTypes;
import se.uppdrag.platform.rest.Negotiation;
import se.uppdrag.platform.rest.PageRequest;
import se.uppdrag.platform.rest.PageResponse;
import se.uppdrag.platform.rest.QueryParams;
import se.uppdrag.platform.security.Caller;
import se.uppdrag.platform.security.Roles;

@Path("/occasions")
@Tag(name = "Occasions")
@Produces(MediaType.APPLICATION_JSON)
public class OccasionResource {

    @Inject
    OccasionService occasions;

    @Inject
    SchemaOrg schemaOrg;

    @Inject
    Caller caller;

    @Inject
    Universities universities;

    @GET
    @PermitAll
    @Operation(
            summary = "Search occasions",
            description = "Published occasions, soonest first, with seats available. "
                    + "q matches words (or their beginnings) of the course's code, title, subject and description. Matches are "
                    + "counted up to uppdrag.catalogue.search.count-limit (1000): past it, total is that limit and totalExact "
                    + "is false, and pages go on until one comes back short.")
    @APIResponse(
            responseCode = "200",
            description = "A page of occasions",
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "page",
                                            value =
                                                    "{ \"items\": [ { \"id\": \"3f1c2a9e-6b1d-4c8e-9f0a-2b7d5e8c1a01\", \"status\": \"PUBLISHED\", \"seatsAvailable\": 20 } ], \"total\": 1, \"totalExact\": true, \"page\": 0, \"size\": 20 }")))
    @APIResponse(responseCode = "400", description = "A malformed parameter")
    public PageResponse<OccasionView> search(
            @Parameter(example = "machine learning") @QueryParam("q") String q,
            @Parameter(example = "Computer science") @QueryParam("subject") String subject,
            @Parameter(description = "University organisation number", example = "2021001231") @QueryParam("university")
                    String university,
            @Parameter(example = "sv") @QueryParam("language") String language,
            @Parameter(description = "CAMPUS, ONLINE or HYBRID", example = "ONLINE") @QueryParam("mode") String mode,
            @Parameter(description = "Starting on or after", example = "2027-01-01") @QueryParam("from") String from,
            @Parameter(description = "Starting on or before", example = "2027-06-30") @QueryParam("to") String to,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        var search = new OccasionSearch(
                QueryParams.text("q", q, 200),
                QueryParams.text("subject", subject, 100),
                QueryParams.text("university", university, 10),
                QueryParams.text("language", language, 2),
                QueryParams.enumeration("mode", mode, DeliveryMode.class),
                QueryParams.date("from", from),
                QueryParams.date("to", to),
                false,
                paging.page(),
                paging.size());
        var result = occasions.search(search);
        return paging.respond(result, o -> OccasionView.of(o, universities));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, MediaTypes.LD_JSON})
    @Operation(
            summary = "Read an occasion",
            description = "With seats available; Accept: application/ld+json answers a schema.org CourseInstance.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OccasionView.class)),
                @Content(mediaType = MediaTypes.LD_JSON, schema = @Schema(type = SchemaType.OBJECT))
            })
    @APIResponse(responseCode = "404", description = "No such occasion")
    public Response getOccasion(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        var occasion = occasions.get(id, caller.optionalViewer());
        return Negotiation.jsonOr(
                headers,
                MediaTypes.LD_JSON,
                () -> schemaOrg.occasion(occasion),
                () -> OccasionView.of(occasion, universities));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.UNIVERSITY)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Change an occasion", description = "Fields left out stay as they are (OfferingChanged).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "more seats", value = "{ \"seats\": 30 }")))
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = OccasionView.class)))
    @APIResponse(responseCode = "404", description = "No such occasion at the caller's university")
    @APIResponse(responseCode = "409", description = "Withdrawn, or fewer seats than are taken")
    public OccasionView change(@PathParam("id") UUID id, @Valid @NotNull OccasionChangeRequest changes) {
        return OccasionView.of(occasions.change(caller.organisation(), id, changes), universities);
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed(Roles.UNIVERSITY)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(
            summary = "Withdraw an occasion",
            description = "For good (OfferingWithdrawn); orders on it are cancelled by the enrolment service.")
    @RequestBody(
            required = false,
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "withdraw",
                                            value = "{ \"reason\": \"Too few participants\" }")))
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = OccasionView.class)))
    @APIResponse(responseCode = "404", description = "No such occasion at the caller's university")
    @APIResponse(responseCode = "409", description = "Already withdrawn")
    public OccasionView withdraw(@PathParam("id") UUID id, @Valid @NotNull WithdrawRequest request) {
        return OccasionView.of(
                occasions.withdraw(caller.organisation(), id, request == null ? null : request.reason()), universities);
    }
}
