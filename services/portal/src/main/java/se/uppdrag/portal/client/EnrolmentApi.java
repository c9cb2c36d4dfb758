package se.uppdrag.portal.client;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import se.uppdrag.portal.client.Enrolments.CancellationQuote;
import se.uppdrag.portal.client.Enrolments.Completion;
import se.uppdrag.portal.client.Enrolments.Decided;
import se.uppdrag.portal.client.Enrolments.Decisions;
import se.uppdrag.portal.client.Enrolments.Enrolment;
import se.uppdrag.portal.client.Enrolments.FollowUp;
import se.uppdrag.portal.client.Enrolments.Order;
import se.uppdrag.portal.client.Enrolments.OrderRequest;
import se.uppdrag.portal.client.Enrolments.Orderable;
import se.uppdrag.portal.client.Enrolments.Reason;
import se.uppdrag.portal.client.Enrolments.Report;
import se.uppdrag.portal.client.Enrolments.Results;
import se.uppdrag.portal.client.Enrolments.Substitution;
import se.uppdrag.portal.client.Enrolments.Usage;

/** The enrolment service, called with the signed-in user's own token. */
@RegisterRestClient(configKey = "enrolment")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface EnrolmentApi {

    @POST
    @Path("/orders")
    Order place(@HeaderParam("Idempotency-Key") String idempotencyKey, OrderRequest request);

    @GET
    @Path("/orders")
    Page<Order> orders(
            @QueryParam("status") String status,
            @QueryParam("agreement") UUID agreement,
            @QueryParam("occasion") UUID occasion,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("sort") String sort,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);

    @GET
    @Path("/orders/{id}")
    Order order(@PathParam("id") UUID id);

    @GET
    @Path("/enrolments")
    Page<Enrolment> enrolments(
            @QueryParam("status") String status,
            @QueryParam("occasion") UUID occasion,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);

    @POST
    @Path("/enrolments/decisions")
    Decided decide(Decisions decisions);

    @POST
    @Path("/enrolments/{id}/confirm")
    Enrolment confirm(@PathParam("id") UUID id);

    @POST
    @Path("/enrolments/{id}/reject")
    Enrolment reject(@PathParam("id") UUID id, Reason reason);

    @GET
    @Path("/enrolments/{id}/cancellation")
    CancellationQuote cancellationQuote(@PathParam("id") UUID id);

    @POST
    @Path("/enrolments/{id}/cancel")
    Enrolment cancel(@PathParam("id") UUID id, Reason reason);

    @POST
    @Path("/enrolments/{id}/substitute")
    Enrolment substitute(@PathParam("id") UUID id, Substitution substitution);

    @POST
    @Path("/enrolments/{id}/complete")
    Enrolment complete(@PathParam("id") UUID id, Completion completion);

    @GET
    @Path("/occasions/{id}/enrolments")
    Page<Enrolment> participants(@PathParam("id") UUID occasionId);

    @GET
    @Path("/occasions/{id}/evaluation")
    Evaluations.Results evaluation(@PathParam("id") UUID occasionId);

    @GET
    @Path("/evaluation-questions")
    List<Evaluations.OwnQuestion> evaluationQuestions(@QueryParam("course") UUID courseId);

    @POST
    @Path("/evaluation-questions")
    Evaluations.OwnQuestion addEvaluationQuestion(Evaluations.NewQuestion question);

    @DELETE
    @Path("/evaluation-questions/{id}")
    void removeEvaluationQuestion(@PathParam("id") UUID id);

    @POST
    @Path("/occasions/{id}/completions")
    Decided complete(@PathParam("id") UUID occasionId, Results results);

    @GET
    @Path("/agreements/{id}/occasions")
    Page<Orderable> orderable(@PathParam("id") UUID agreementId);

    @GET
    @Path("/agreements/{id}/usage")
    Usage usage(@PathParam("id") UUID agreementId);

    @GET
    @Path("/statistics")
    FollowUp statistics(@QueryParam("year") String year, @QueryParam("by") String by);

    @GET
    @Path("/statistics")
    @Produces("text/csv")
    byte[] statisticsCsv(@QueryParam("year") String year, @QueryParam("by") String by);

    @GET
    @Path("/reports/participation")
    Report report(@QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/reports/participation")
    @Produces("text/csv")
    byte[] reportCsv(@QueryParam("from") String from, @QueryParam("to") String to);
}
