package se.uppdrag.agreement.rest;

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
import java.time.Clock;
import java.time.LocalDate;
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
import se.uppdrag.agreement.domain.AgreementStatus;
import se.uppdrag.agreement.domain.Terms;
import se.uppdrag.agreement.service.AgreementService;
import se.uppdrag.agreement.service.TerminationRequest;
import se.uppdrag.platform.rest.PageRequest;
import se.uppdrag.platform.rest.PageResponse;
import se.uppdrag.platform.rest.QueryParams;
import se.uppdrag.platform.security.Caller;
import se.uppdrag.platform.security.Roles;

@Path("/agreements")
@Tag(name = "Agreements")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class AgreementResource {

    static final String TERMS_EXAMPLE = """
            { "employer": "5566778808", "validFrom": "2027-01-01", "validTo": "2027-12-31",
              "coverage": { "allCourses": false, "courseIds": ["8a4e7c2b-1d3f-4e5a-9b6c-7d8e9f0a1b02"] },
              "pricing": { "kind": "FIXED", "prices": [ { "courseId": "8a4e7c2b-1d3f-4e5a-9b6c-7d8e9f0a1b02",
                           "price": { "amount": "15000.00", "currency": "SEK" } } ] },
              "seatQuota": 50, "autoConfirm": false,
              "cancellation": { "fees": [ { "withinDaysOfStart": 28, "percent": 25 }, { "withinDaysOfStart": 21, "percent": 50 },
                                          { "withinDaysOfStart": 14, "percent": 100 } ] },
              "invoicing": { "paymentDays": 30, "buyerReference": "HR-4711", "invoiceOn": "CONFIRMATION" } }""";

    static final String FUNDED_TERMS_EXAMPLE = """
            { "employer": "5566778808", "validFrom": "2027-01-01", "validTo": "2027-12-31",
              "coverage": { "allCourses": true },
              "pricing": { "kind": "DISCOUNT", "percent": 0 },
              "seatQuota": 50, "autoConfirm": false,
              "cancellation": { "fees": [ { "withinDaysOfStart": 14, "percent": 100 } ] },
              "invoicing": { "paymentDays": 30, "buyerReference": "HR-4711", "invoiceOn": "CONFIRMATION" },
              "funding": { "model": "FUNDER_INVOICED", "funder": "8020016161", "sharePercent": 50,
                           "capPerParticipant": { "amount": "6000.00", "currency": "SEK" },
                           "condition": "COMPLETION", "funderReference": "OF-2027-118" } }""";

    @Inject
    AgreementService agreements;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @POST
    @RolesAllowed(Roles.UNIVERSITY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Draft an agreement",
            description = "By the university in the caller's token, with one registered employer. Optional co-funding"
                    + " (funding) names a registered FUNDER and how it pays: FUNDER_INVOICED (the employer is invoiced"
                    + " its share, the funder its own on a separate invoice, on completion if the condition says so),"
                    + " EMPLOYER_CLAIMS (the employer is invoiced in full and claims the share back) or SUBSIDY (the"
                    + " share is an allowance on the employer's invoice).")
    @RequestBody(
            content =
                    @Content(
                            examples = {
                                @ExampleObject(name = "fixed prices", value = TERMS_EXAMPLE),
                                @ExampleObject(
                                        name = "co-funded: the funder is invoiced half, for those who complete",
                                        value = FUNDED_TERMS_EXAMPLE)
                            }))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid terms: dates, prices, discount, quota, courses of another university")
    @APIResponse(responseCode = "422", description = "The caller's university is not registered")
    public Response draft(@Valid @NotNull Terms terms) {
        var record = agreements.draft(caller.organisation(), terms);
        return Response.created(URI.create("/agreements/" + record.agreement().id))
                .entity(AgreementView.of(record))
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.UNIVERSITY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a draft", description = "Only while it is a DRAFT.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "fixed prices", value = TERMS_EXAMPLE)))
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "409", description = "Not a draft any more")
    public AgreementView redraft(@PathParam("id") UUID id, @Valid @NotNull Terms terms) {
        return AgreementView.of(agreements.redraft(caller.organisation(), id, terms));
    }

    @POST
    @Path("/{id}/propose")
    @RolesAllowed(Roles.UNIVERSITY)
    @Operation(
            summary = "Send a draft to the employer",
            description =
                    "The draft becomes a proposal the " + "employer may accept or decline; it can no longer be edited.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "409", description = "Not a draft")
    public AgreementView propose(@PathParam("id") UUID id) {
        return AgreementView.of(agreements.propose(caller.organisation(), id));
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(summary = "Sign a proposed agreement", description = "It becomes ACTIVE (AgreementActivated).")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "409", description = "Not proposed, or its validity has passed")
    public AgreementView accept(@PathParam("id") UUID id) {
        return AgreementView.of(agreements.accept(caller.organisation(), id));
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(
            summary = "Refuse a proposed agreement",
            description = "The employer declines the proposal: "
                    + "nothing comes into force, and the university may draft anew.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "409", description = "Not proposed")
    public AgreementView decline(@PathParam("id") UUID id) {
        return AgreementView.of(agreements.decline(caller.organisation(), id));
    }

    @POST
    @Path("/{id}/amendments")
    @RolesAllowed(Roles.UNIVERSITY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Propose new terms for an active agreement",
            description =
                    "The body has the shape of a draft. The new version is in force from effectiveFrom, or from the day the employer accepts.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "new terms", value = TERMS_EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = AgreementView.AmendmentView.class)))
    @APIResponse(responseCode = "409", description = "Not active, or an amendment is already waiting")
    public Response amend(
            @PathParam("id") UUID id,
            @Parameter(description = "When the new terms take effect", example = "2027-06-01")
                    @QueryParam("effectiveFrom")
                    String effectiveFrom,
            @Valid @NotNull Terms terms) {
        var amendment = agreements.proposeAmendment(
                caller.organisation(), id, terms, QueryParams.date("effectiveFrom", effectiveFrom));
        return Response.created(URI.create("/agreements/" + id + "/amendments/" + amendment.id))
                .entity(AgreementView.amendment(amendment))
                .build();
    }

    @POST
    @Path("/{id}/amendments/{amendmentId}/accept")
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(summary = "Accept an amendment", description = "The agreement's version counts up (AgreementAmended).")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "409", description = "The amendment or the agreement is not in a state to accept")
    public AgreementView acceptAmendment(@PathParam("id") UUID id, @PathParam("amendmentId") UUID amendmentId) {
        return AgreementView.of(agreements.acceptAmendment(caller.organisation(), id, amendmentId));
    }

    @POST
    @Path("/{id}/amendments/{amendmentId}/decline")
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(summary = "Decline an amendment", description = "The current terms stay in force.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    public AgreementView declineAmendment(@PathParam("id") UUID id, @PathParam("amendmentId") UUID amendmentId) {
        return AgreementView.of(agreements.declineAmendment(caller.organisation(), id, amendmentId));
    }

    @POST
    @Path("/{id}/terminate")
    @RolesAllowed({Roles.UNIVERSITY, Roles.EMPLOYER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End an active agreement from a date", description = "Either party (AgreementTerminated).")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "terminate",
                                            value =
                                                    "{ \"effectiveDate\": \"2027-06-30\", \"reason\": \"Reorganisation\" }")))
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "409", description = "Not active")
    public AgreementView terminate(@PathParam("id") UUID id, @Valid @NotNull TerminationRequest request) {
        return AgreementView.of(
                agreements.terminate(caller.organisation(), id, request.effectiveDate(), request.reason()));
    }

    @GET
    @RolesAllowed({Roles.UNIVERSITY, Roles.EMPLOYER, Roles.OPERATOR})
    @Operation(summary = "List agreements", description = "The caller's organisation's; an operator sees all.")
    public PageResponse<AgreementView> listAgreements(
            @Parameter(example = "ACTIVE") @QueryParam("status") String status,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        var result = agreements.list(
                caller.viewer(),
                QueryParams.enumeration("status", status, AgreementStatus.class),
                paging.page(),
                paging.size());
        return paging.respond(result, AgreementView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.UNIVERSITY, Roles.EMPLOYER, Roles.OPERATOR})
    @Operation(summary = "Read an agreement", description = "Its parties and operators only; anyone else gets 404.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "404", description = "No such agreement for the caller")
    public AgreementView getAgreement(@PathParam("id") UUID id) {
        return AgreementView.of(agreements.get(caller.viewer(), id));
    }

    @GET
    @Path("/{id}/terms")
    @RolesAllowed({Roles.UNIVERSITY, Roles.EMPLOYER, Roles.OPERATOR})
    @Operation(
            summary = "The terms in force on a date",
            description = "The latest accepted version effective on or before it.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = TermsInForceView.class)))
    @APIResponse(responseCode = "404", description = "No terms in force on that date")
    public TermsInForceView termsInForce(
            @PathParam("id") UUID id,
            @Parameter(description = "Default today", example = "2027-03-01") @QueryParam("on") String on) {
        LocalDate date = QueryParams.date("on", on);
        LocalDate day = date != null ? date : LocalDate.now(clock);
        return TermsInForceView.of(agreements.termsInForce(caller.viewer(), id, day), day);
    }
}
