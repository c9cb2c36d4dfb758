package se.uppdrag.portal.client;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import se.uppdrag.portal.client.Agreements.Agreement;
import se.uppdrag.portal.client.Agreements.Amendment;
import se.uppdrag.portal.client.Agreements.Organisation;
import se.uppdrag.portal.client.Agreements.OrganisationRequest;
import se.uppdrag.portal.client.Agreements.TerminationRequest;
import se.uppdrag.portal.client.Agreements.Terms;
import se.uppdrag.portal.client.Inquiries.AwardRequest;
import se.uppdrag.portal.client.Inquiries.DeclineRequest;
import se.uppdrag.portal.client.Inquiries.Inquiry;
import se.uppdrag.portal.client.Inquiries.InquiryNeed;
import se.uppdrag.portal.client.Inquiries.Offer;
import se.uppdrag.portal.client.Inquiries.OfferContent;
import se.uppdrag.portal.client.Inquiries.Question;
import se.uppdrag.portal.client.Inquiries.TextRequest;

/** The partner-agreement service, called with the signed-in user's own token. */
@RegisterRestClient(configKey = "partner-agreement")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AgreementApi {

    @GET
    @Path("/organisations")
    Page<Organisation> organisations(
            @QueryParam("q") String q,
            @QueryParam("kind") String kind,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);

    @GET
    @Path("/organisations/{orgNumber}")
    Organisation organisation(@PathParam("orgNumber") String orgNumber);

    @GET
    @Path("/organisations/{orgNumber}/notifications")
    Agreements.Notifications notifications(@PathParam("orgNumber") String orgNumber);

    @PUT
    @Path("/organisations/{orgNumber}/notifications")
    Agreements.Notifications setNotifications(
            @PathParam("orgNumber") String orgNumber, Agreements.Notifications notifications);

    @POST
    @Path("/organisations")
    Organisation register(OrganisationRequest details);

    @PUT
    @Path("/organisations/{orgNumber}")
    Organisation update(@PathParam("orgNumber") String orgNumber, OrganisationRequest details);

    @GET
    @Path("/agreements")
    Page<Agreement> agreements(
            @QueryParam("status") String status, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("/agreements/{id}")
    Agreement agreement(@PathParam("id") UUID id);

    @POST
    @Path("/agreements")
    Agreement draft(Terms terms);

    @PUT
    @Path("/agreements/{id}")
    Agreement redraft(@PathParam("id") UUID id, Terms terms);

    @POST
    @Path("/agreements/{id}/propose")
    Agreement propose(@PathParam("id") UUID id);

    @POST
    @Path("/agreements/{id}/accept")
    Agreement accept(@PathParam("id") UUID id);

    @POST
    @Path("/agreements/{id}/decline")
    Agreement decline(@PathParam("id") UUID id);

    @POST
    @Path("/agreements/{id}/amendments")
    Amendment amend(@PathParam("id") UUID id, @QueryParam("effectiveFrom") String effectiveFrom, Terms terms);

    @POST
    @Path("/agreements/{id}/amendments/{amendmentId}/accept")
    Agreement acceptAmendment(@PathParam("id") UUID id, @PathParam("amendmentId") UUID amendmentId);

    @POST
    @Path("/agreements/{id}/amendments/{amendmentId}/decline")
    Agreement declineAmendment(@PathParam("id") UUID id, @PathParam("amendmentId") UUID amendmentId);

    @POST
    @Path("/agreements/{id}/terminate")
    Agreement terminate(@PathParam("id") UUID id, TerminationRequest request);

    @GET
    @Path("/inquiries")
    Page<Inquiry> inquiries(
            @QueryParam("phase") String phase, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("/inquiries/{id}")
    Inquiry inquiry(@PathParam("id") UUID id);

    @POST
    @Path("/inquiries")
    Inquiry draftInquiry(InquiryNeed need);

    @PUT
    @Path("/inquiries/{id}")
    Inquiry redraftInquiry(@PathParam("id") UUID id, InquiryNeed need);

    @POST
    @Path("/inquiries/{id}/publish")
    Inquiry publishInquiry(@PathParam("id") UUID id);

    @POST
    @Path("/inquiries/{id}/cancel")
    Inquiry cancelInquiry(@PathParam("id") UUID id, TextRequest reason);

    @POST
    @Path("/inquiries/{id}/questions")
    Question ask(@PathParam("id") UUID id, TextRequest question);

    @POST
    @Path("/inquiries/{id}/questions/{questionId}/answer")
    Question answer(@PathParam("id") UUID id, @PathParam("questionId") UUID questionId, TextRequest answer);

    @PUT
    @Path("/inquiries/{id}/offer")
    Offer offer(@PathParam("id") UUID id, OfferContent offer);

    @POST
    @Path("/inquiries/{id}/offer/withdraw")
    Offer withdrawOffer(@PathParam("id") UUID id);

    @POST
    @Path("/inquiries/{id}/decline")
    Offer declineInquiry(@PathParam("id") UUID id, DeclineRequest request);

    @POST
    @Path("/inquiries/{id}/award")
    Inquiry award(@PathParam("id") UUID id, AwardRequest request);

    @GET
    @Path("/inquiries/{id}/record")
    @Produces("text/csv")
    String procurementRecordCsv(@PathParam("id") UUID id);

    @GET
    @Path("/inquiries/{id}/record")
    String procurementRecordJson(@PathParam("id") UUID id);
}
