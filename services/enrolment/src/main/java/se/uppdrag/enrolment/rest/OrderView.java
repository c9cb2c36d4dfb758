package se.uppdrag.enrolment.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.uppdrag.enrolment.domain.EnrolmentStatus;
import se.uppdrag.enrolment.domain.OccasionFact;
import se.uppdrag.enrolment.domain.Purpose;
import se.uppdrag.enrolment.service.OrderService.PlacedOrder;
import se.uppdrag.platform.mail.QueuedMail;

/** An order with each enrolment's status; OPEN while any enrolment is live, CLOSED after. */
public record OrderView(
        UUID id,
        String status,
        String employer,
        UUID agreementId,
        UUID occasionId,
        Purpose purpose,
        String orderReference,
        String costCentre,
        Instant createdAt,
        OccasionSummary occasion,
        List<EnrolmentView> enrolments) {

    static OrderView of(PlacedOrder placed, OccasionFact occasion, Map<UUID, QueuedMail> mails) {
        var o = placed.order();
        boolean open = placed.enrolments().stream()
                .anyMatch(e -> e.status == EnrolmentStatus.PENDING
                        || e.status == EnrolmentStatus.CONFIRMED
                        || e.status == EnrolmentStatus.WAITLISTED);
        return new OrderView(
                o.id,
                open ? "OPEN" : "CLOSED",
                o.employer,
                o.agreementId,
                o.occasionId,
                o.purpose,
                o.orderReference,
                o.costCentre,
                o.createdAt,
                OccasionSummary.of(occasion),
                placed.enrolments().stream()
                        .map(e -> EnrolmentView.of(e, false, occasion, mails.get(e.id)))
                        .toList());
    }
}
