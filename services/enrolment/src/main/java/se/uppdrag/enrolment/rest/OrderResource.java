package se.uppdrag.enrolment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import se.uppdrag.enrolment.domain.OrderFilter;
import se.uppdrag.enrolment.domain.OrderSort;
import se.uppdrag.enrolment.service.EnrolmentService;
import se.uppdrag.enrolment.service.OrderRequest;
import se.uppdrag.enrolment.service.OrderService;
import se.uppdrag.platform.errors.Causes;
import se.uppdrag.platform.errors.ProblemException;
import se.uppdrag.platform.rest.PageRequest;
import se.uppdrag.platform.rest.PageResponse;
import se.uppdrag.platform.rest.QueryParams;
import se.uppdrag.platform.security.Caller;
import se.uppdrag.platform.security.Roles;

@Path("/orders")
@Tag(name = "Orders")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class OrderResource {

    @Inject
    OrderService orders;

    @Inject
    Caller caller;

    @Inject
    EnrolmentService enrolments;

    @POST
    @RolesAllowed(Roles.EMPLOYER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Order seats for named staff",
            description =
                    "Under one of the employer's active agreements, on one occasion. Each participant gets a seat "
                            + "(PENDING, or CONFIRMED where the agreement confirms automatically) or a place on the waiting list. "
                            + "A participant without a cost centre of its own is charged to the order's. "
                            + "Retrying with the same Idempotency-Key and body changes nothing and answers with the first order.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "two engineers", value = """
            { "agreementId": "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e03", "occasionId": "3f1c2a9e-6b1d-4c8e-9f0a-2b7d5e8c1a01",
              "purpose": "STAFF_TRAINING", "orderReference": "PO-2027-0042", "costCentre": "KS-4410",
              "participants": [
                { "givenName": "Anna", "familyName": "Berg", "email": "anna.berg@verkstad.example", "employeeNumber": "E-1001" },
                { "givenName": "Erik", "familyName": "Lund", "email": "erik.lund@verkstad.example", "employeeNumber": "E-1002",
                  "costCentre": "KS-5000" } ] }""")))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(
            responseCode = "400",
            description =
                    "Missing Idempotency-Key, no participants, a duplicate participant, a bad e-mail or identity number")
    @APIResponse(responseCode = "404", description = "No such occasion, or no such agreement of the caller's")
    @APIResponse(
            responseCode = "409",
            description = "Occasion withdrawn or past its order deadline; employee already enrolled")
    @APIResponse(
            responseCode = "422",
            description =
                    "The agreement is not in force, is with another university, does not cover the course, or the key was used for another order")
    public Response place(
            @Parameter(
                            required = true,
                            description = "Chosen by the client, unique per order",
                            example = "order-2027-0042")
                    @HeaderParam("Idempotency-Key")
                    String idempotencyKey,
            @Valid @NotNull OrderRequest request) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw ProblemException.invalidField(
                    "Idempotency-Key",
                    "header is required (1 to 200 characters): a retry " + "with the same key is then safe");
        }
        String employer = caller.organisation();
        OrderService.PlacedOrder placed;
        try {
            placed = orders.place(employer, idempotencyKey, request);
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            // Two requests with one key raced past the check: the loser answers with the winner's order.
            placed = orders.replay(employer, idempotencyKey, OrderService.hash(request))
                    .orElseThrow(() -> e);
        }
        return Response.created(URI.create("/orders/" + placed.order().id))
                .header("Idempotent-Replayed", placed.replayed())
                .entity(view(placed))
                .build();
    }

    @GET
    @RolesAllowed({Roles.EMPLOYER, Roles.UNIVERSITY})
    @Operation(
            summary = "List orders",
            description = "An employer's own; a university's on its occasions; newest first. "
                    + "status OPEN while an enrolment is pending, confirmed or waiting, else CLOSED; from and to are the days "
                    + "the orders were placed (UTC), both included.")
    @APIResponse(
            responseCode = "200",
            description = "A page of orders",
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "page",
                                            value =
                                                    "{ \"items\": [ { \"id\": \"7b0c9d2e-3f4a-4b5c-8d6e-7f8091a2b3c4\", \"status\": \"OPEN\", "
                                                            + "\"occasion\": { \"courseCode\": \"KUS101\", \"title\": \"Industrial machine learning\", "
                                                            + "\"startDate\": \"2027-02-01\" } } ], \"total\": 1, \"totalExact\": true, \"page\": 0, \"size\": 20 }")))
    @APIResponse(responseCode = "400", description = "A malformed filter")
    public PageResponse<OrderView> listOrders(
            @Parameter(description = "OPEN or CLOSED", example = "OPEN") @QueryParam("status") String status,
            @Parameter(description = "Orders under this agreement") @QueryParam("agreement") String agreement,
            @Parameter(description = "Orders on this occasion") @QueryParam("occasion") String occasion,
            @Parameter(description = "Placed on or after", example = "2027-01-01") @QueryParam("from") String from,
            @Parameter(description = "Placed on or before", example = "2027-12-31") @QueryParam("to") String to,
            @Parameter(
                            description =
                                    "The order: placed (when the order was placed) or start (when its occasion starts), "
                                            + "with '-' before it for descending; newest first when not given",
                            example = "start")
                    @QueryParam("sort")
                    String sort,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        OrderStatus wanted = QueryParams.enumeration("status", status, OrderStatus.class);
        LocalDate start = QueryParams.date("from", from);
        LocalDate end = QueryParams.date("to", to);
        var filter = new OrderFilter(
                wanted == null ? null : wanted == OrderStatus.OPEN,
                QueryParams.uuid("agreement", agreement),
                QueryParams.uuid("occasion", occasion),
                start == null ? null : start.atStartOfDay(ZoneOffset.UTC).toInstant(),
                end == null
                        ? null
                        : end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        var result = orders.list(
                caller.viewer(), filter, QueryParams.sort("sort", sort, OrderSort.class), paging.page(), paging.size());
        var occasions = enrolments.occasionsOf(
                result.items().stream().map(p -> p.order().occasionId).toList());
        var mails = enrolments.participantMails(
                result.items().stream().flatMap(p -> p.enrolments().stream()).toList());
        return paging.respond(result, p -> OrderView.of(p, occasions.get(p.order().occasionId), mails));
    }

    /** What an order's status can be filtered by. */
    enum OrderStatus {
        OPEN,
        CLOSED
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.EMPLOYER, Roles.UNIVERSITY})
    @Operation(summary = "Read an order", description = "With each enrolment's status.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "404", description = "No such order for the caller")
    public OrderView getOrder(@PathParam("id") UUID id) {
        return view(orders.get(caller.viewer(), id));
    }

    private OrderView view(OrderService.PlacedOrder placed) {
        return OrderView.of(
                placed,
                enrolments.occasionsOf(List.of(placed.order().occasionId)).get(placed.order().occasionId),
                enrolments.participantMails(placed.enrolments()));
    }

    private static boolean isUniqueViolation(Throwable e) {
        return Causes.hasSqlState(e, "23505"::equals);
    }
}
