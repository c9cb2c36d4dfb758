package se.uppdrag.enrolment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.uppdrag.contracts.Money;
import se.uppdrag.enrolment.domain.EnrolmentStatus;
import se.uppdrag.enrolment.service.AgreementUsageService;
import se.uppdrag.enrolment.service.OrderService;
import se.uppdrag.platform.rest.PageRequest;
import se.uppdrag.platform.rest.PageResponse;
import se.uppdrag.platform.security.Caller;
import se.uppdrag.platform.security.Roles;

/** An agreement as the enrolment service knows it: what can be ordered under it now, and what has been. */
@Path("/agreements/{id}")
@Tag(name = "Agreements in use")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class AgreementUsageResource {

    @Inject
    OrderService orders;

    @Inject
    AgreementUsageService usage;

    @Inject
    Caller caller;

    /** An occasion that can be ordered under the agreement today, with what one participant costs under it. */
    public record OrderableView(
            UUID occasionId,
            UUID courseId,
            String courseCode,
            String title,
            BigDecimal credits,
            LocalDate startDate,
            LocalDate orderDeadline,
            int seatsAvailable,
            Money listPrice,
            Money price) {}

    /** Seats against the quota, enrolments per status, and what they commit the employer to (VAT excluded). */
    public record UsageView(
            UUID agreementId,
            int seatQuota,
            int seatsUsed,
            int seatsLeft,
            Map<EnrolmentStatus, Long> enrolments,
            Money committed,
            Money fees) {}

    @GET
    @Path("/occasions")
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(
            summary = "What can be ordered under an agreement",
            description =
                    "The occasions of the agreement's "
                            + "university that take orders today (published, before their order deadline), that the terms in force "
                            + "cover and price, soonest first, with the price per participant. Empty when the agreement is not in force.")
    @APIResponse(
            responseCode = "200",
            description = "A page of occasions",
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "one",
                                            value =
                                                    "{ \"items\": [ { \"occasionId\": \"3f1c2a9e-6b1d-4c8e-9f0a-2b7d5e8c1a01\", \"courseCode\": \"KUS101\", "
                                                            + "\"title\": \"Industrial machine learning\", \"startDate\": \"2027-02-01\", \"orderDeadline\": \"2027-01-15\", "
                                                            + "\"seatsAvailable\": 18, \"listPrice\": { \"amount\": \"18000.00\", \"currency\": \"SEK\" }, "
                                                            + "\"price\": { \"amount\": \"15000.00\", \"currency\": \"SEK\" } } ], \"total\": 1, \"totalExact\": true, "
                                                            + "\"page\": 0, \"size\": 20 }")))
    @APIResponse(responseCode = "404", description = "No such agreement of the caller's")
    public PageResponse<OrderableView> orderable(
            @PathParam("id") UUID id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        return paging.respond(orders.orderable(caller.organisation(), id, paging.page(), paging.size()), o -> {
            var f = o.occasion();
            return new OrderableView(
                    f.occasionId,
                    f.courseId,
                    f.courseCode,
                    f.title,
                    f.credits,
                    f.startDate,
                    f.orderDeadline,
                    Math.max(0, f.seats - f.seatsTaken),
                    Money.sek(f.listPrice),
                    Money.sek(o.price()));
        });
    }

    @GET
    @Path("/usage")
    @RolesAllowed({Roles.EMPLOYER, Roles.UNIVERSITY})
    @Operation(
            summary = "How much of an agreement is used",
            description = "Seats held against its quota, its "
                    + "enrolments per status, the prices of the seats held (committed) and the cancellation fees, VAT excluded. "
                    + "For the agreement's two parties.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            schema = @Schema(implementation = UsageView.class),
                            examples =
                                    @ExampleObject(
                                            name = "usage",
                                            value =
                                                    "{ \"agreementId\": \"c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e03\", "
                                                            + "\"seatQuota\": 50, \"seatsUsed\": 12, \"seatsLeft\": 38, \"enrolments\": { \"CONFIRMED\": 10, "
                                                            + "\"PENDING\": 2, \"CANCELLED\": 1 }, \"committed\": { \"amount\": \"180000.00\", \"currency\": \"SEK\" }, "
                                                            + "\"fees\": { \"amount\": \"7500.00\", \"currency\": \"SEK\" } }")))
    @APIResponse(responseCode = "404", description = "No such agreement of the caller's organisation")
    public UsageView usage(@PathParam("id") UUID id) {
        var u = usage.usage(caller.organisation(), id);
        return new UsageView(
                u.agreementId(),
                u.seatQuota(),
                u.seatsUsed(),
                Math.max(0, u.seatQuota() - u.seatsUsed()),
                new LinkedHashMap<>(u.enrolments()),
                Money.sek(u.committed()),
                Money.sek(u.fees()));
    }
}
