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
import se.uppdrag.enrolment.service.OrderRequest;
import se.uppdrag.enrolment.service.OrderService;
import se.uppdrag.platform.errors.Causes;
import se.uppdrag.platform.errors.ProblemException;
import se.uppdrag.platform.rest.PageRequest;
import se.uppdrag.platform.rest.PageResponse;
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

    @POST
    @RolesAllowed(Roles.EMPLOYER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Order seats for named staff",
            description = "Under one of the employer's active agreements, on one occasion. Each participant gets a seat "
                    + "(PENDING, or CONFIRMED where the agreement confirms automatically) or a place on the waiting list. "
                    + "Retrying with the same Idempotency-Key and body changes nothing and answers with the first order.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "two engineers", value = """
            { "agreementId": "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e03", "occasionId": "3f1c2a9e-6b1d-4c8e-9f0a-2b7d5e8c1a01",
              "purpose": "STAFF_TRAINING",
              "participants": [
                { "givenName": "Anna", "familyName": "Berg", "email": "anna.berg@verkstad.example", "employeeNumber": "E-1001" },
                { "givenName": "Erik", "familyName": "Lund", "email": "erik.lund@verkstad.example", "employeeNumber": "E-1002" } ] }""")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "400", description = "Missing Idempotency-Key, no participants, a duplicate participant, a bad e-mail or identity number")
    @APIResponse(responseCode = "404", description = "No such occasion, or no such agreement of the caller's")
    @APIResponse(responseCode = "409", description = "Occasion withdrawn or past its order deadline; employee already enrolled")
    @APIResponse(responseCode = "422", description = "The agreement is not in force, is with another university, does not cover the course, or the key was used for another order")
    public Response place(
            @Parameter(required = true, description = "Chosen by the client, unique per order", example = "order-2027-0042")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull OrderRequest request) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw ProblemException.invalidField("Idempotency-Key", "header is required (1 to 200 characters): a retry "
                    + "with the same key is then safe");
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
            placed = orders.replay(employer, idempotencyKey, OrderService.hash(request)).orElseThrow(() -> e);
        }
        return Response.created(URI.create("/orders/" + placed.order().id))
                .header("Idempotent-Replayed", placed.replayed())
                .entity(OrderView.of(placed)).build();
    }

    @GET
    @RolesAllowed({ Roles.EMPLOYER, Roles.UNIVERSITY })
    @Operation(summary = "List orders", description = "An employer's own; a university's on its occasions.")
    public PageResponse<OrderView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        var result = orders.list(employerOrNull(), caller.organisation(), paging.page(), paging.size());
        return paging.respond(result, OrderView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.EMPLOYER, Roles.UNIVERSITY })
    @Operation(summary = "Read an order", description = "With each enrolment's status.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "404", description = "No such order for the caller")
    public OrderView get(@PathParam("id") UUID id) {
        return OrderView.of(orders.get(employerOrNull(), caller.organisation(), id));
    }

    private static boolean isUniqueViolation(Throwable e) {
        return Causes.hasSqlState(e, "23505"::equals);
    }

    private String employerOrNull() {
        return caller.hasRole(Roles.EMPLOYER) ? caller.organisation() : null;
    }
}
