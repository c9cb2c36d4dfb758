package se.uppdrag.agreement.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.uppdrag.agreement.domain.NotificationContacts;
import se.uppdrag.agreement.domain.OrganisationKind;
import se.uppdrag.agreement.service.NotificationsRequest;
import se.uppdrag.agreement.service.OrganisationRequest;
import se.uppdrag.agreement.service.OrganisationService;
import se.uppdrag.platform.errors.ProblemException;
import se.uppdrag.platform.rest.PageRequest;
import se.uppdrag.platform.rest.PageResponse;
import se.uppdrag.platform.rest.QueryParams;
import se.uppdrag.platform.security.Caller;
import se.uppdrag.platform.security.Roles;

@Path("/organisations")
@Tag(name = "Organisations")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class OrganisationResource {

    @Inject
    OrganisationService organisations;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Register an organisation",
            description = "A university or an employer; always a legal person.")
    @RequestBody(
            content =
                    @Content(
                            examples = {
                                @ExampleObject(name = "employer", value = """
                { "orgNumber": "5566778808", "name": "Verkstadsbolaget Nord AB", "kind": "EMPLOYER", "buyerType": "PRIVATE",
                  "address": { "street": "Verkstadsgatan 1", "postalCode": "90102", "city": "Umeå", "country": "SE" },
                  "peppolEndpoint": "0007:5566778808" }"""),
                                @ExampleObject(name = "university", value = """
                { "orgNumber": "2021001231", "name": "Kustlands högskola", "kind": "UNIVERSITY", "buyerType": "STATE_AGENCY",
                  "address": { "street": "Strandvägen 1", "postalCode": "85170", "city": "Kustby", "country": "SE" },
                  "peppolEndpoint": "0007:2021001231", "bankgiro": "5050-1055" }""")
                            }))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid details, e.g. a personal identity number or a missing bankgiro")
    @APIResponse(responseCode = "409", description = "Already registered")
    public Response register(@Valid @NotNull OrganisationRequest details) {
        var organisation = organisations.register(details);
        return Response.created(URI.create("/organisations/" + organisation.orgNumber))
                .entity(OrganisationView.of(organisation))
                .build();
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.UNIVERSITY, Roles.EMPLOYER})
    @Operation(
            summary = "List organisations",
            description = "By name. q matches a part of the name or the start of "
                    + "the organisation number: how a university finds the employer to draft an agreement with,"
                    + " and an employer the universities to send an inquiry to (an employer's list holds universities"
                    + " only, whatever kind it asks for).")
    @APIResponse(
            responseCode = "200",
            description = "A page of organisations",
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "page",
                                            value =
                                                    "{ \"items\": [ { \"orgNumber\": \"5566778808\", \"name\": \"Verkstadsbolaget Nord AB\", "
                                                            + "\"kind\": \"EMPLOYER\", \"buyerType\": \"PRIVATE\" } ], \"total\": 1, \"totalExact\": true, "
                                                            + "\"page\": 0, \"size\": 20 }")))
    @APIResponse(responseCode = "400", description = "A malformed filter")
    public PageResponse<OrganisationView> listOrganisations(
            @Parameter(example = "verkstad") @QueryParam("q") String q,
            @Parameter(description = "UNIVERSITY, EMPLOYER or FUNDER", example = "EMPLOYER") @QueryParam("kind")
                    String kind,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        var result = organisations.list(
                QueryParams.text("q", q, 200),
                caller.hasRole(Roles.OPERATOR) || caller.hasRole(Roles.UNIVERSITY)
                        ? QueryParams.enumeration("kind", kind, OrganisationKind.class)
                        : OrganisationKind.UNIVERSITY,
                paging.page(),
                paging.size());
        return paging.respond(result, OrganisationView::of);
    }

    @PUT
    @Path("/{orgNumber}")
    @RolesAllowed(Roles.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change an organisation's details",
            description = "Name, buyer type, address, Peppol endpoint "
                    + "and bankgiro; the number and kind stay. Agreements in force keep the details their accepted terms carry; "
                    + "the next version takes the new ones.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "employer", value = """
            { "orgNumber": "5566778808", "name": "Verkstadsbolaget Nord AB", "kind": "EMPLOYER", "buyerType": "PRIVATE",
              "address": { "street": "Verkstadsgatan 3", "postalCode": "90102", "city": "Umeå", "country": "SE" },
              "peppolEndpoint": "0007:5566778808" }""")))
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid details, or another number than the path's")
    @APIResponse(responseCode = "404", description = "Not registered")
    @APIResponse(responseCode = "409", description = "The kind would change")
    public OrganisationView update(
            @PathParam("orgNumber") String orgNumber, @Valid @NotNull OrganisationRequest details) {
        return OrganisationView.of(organisations.update(orgNumber, details));
    }

    @GET
    @Path("/{orgNumber}")
    @Authenticated
    @Operation(summary = "Read an organisation", description = "Any signed-in user.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "404", description = "Not registered")
    public OrganisationView getOrganisation(@PathParam("orgNumber") String orgNumber) {
        return OrganisationView.of(organisations.get(orgNumber));
    }

    @GET
    @Path("/{orgNumber}/notifications")
    @RolesAllowed({Roles.OPERATOR, Roles.UNIVERSITY, Roles.EMPLOYER, Roles.FINANCE})
    @Operation(
            summary = "Where an organisation wants the platform's notices",
            description = "Per role (HR; university administrators; finance) and the language. The organisation's "
                    + "own people and the operator; another organisation's are not found.")
    @APIResponse(responseCode = "200", description = "The addresses")
    @APIResponse(responseCode = "404", description = "Not registered, or not the caller's organisation")
    public NotificationContacts getNotifications(@PathParam("orgNumber") String orgNumber) {
        return organisations
                .notifications(caller.viewer(), orgNumber)
                .orElseThrow(() -> ProblemException.notFound("organisation", orgNumber))
                .notifications;
    }

    @PUT
    @Path("/{orgNumber}/notifications")
    @RolesAllowed({Roles.OPERATOR, Roles.UNIVERSITY, Roles.EMPLOYER, Roles.FINANCE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change where an organisation wants the platform's notices",
            description = "Each list replaces the one kept (at most 10 addresses a role). The organisation's own "
                    + "people and the operator.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "an employer's HR", value = """
            { "language": "sv", "employer": ["hr@verkstad.example", "utbildning@verkstad.example"] }""")))
    @APIResponse(responseCode = "200", description = "The addresses as kept now")
    @APIResponse(
            responseCode = "400",
            description = "An address that is not one, more than 10, or a role the organisation does not have")
    @APIResponse(responseCode = "404", description = "Not registered, or not the caller's organisation")
    public NotificationContacts setNotifications(
            @PathParam("orgNumber") String orgNumber, @Valid @NotNull NotificationsRequest request) {
        return organisations
                .setNotifications(caller.viewer(), orgNumber, request)
                .orElseThrow(() -> ProblemException.notFound("organisation", orgNumber))
                .notifications;
    }
}
