package se.uppdrag.catalogue.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import se.uppdrag.catalogue.domain.Cycle;
import se.uppdrag.catalogue.domain.DeliveryMode;
import se.uppdrag.catalogue.domain.Occasion;
import se.uppdrag.catalogue.domain.OccasionListing;
import se.uppdrag.catalogue.domain.OccasionStatus;
import se.uppdrag.contracts.Money;

public record OccasionView(
        UUID id,
        UUID courseId,
        String university,
        String universityName,
        OccasionStatus status,
        LocalDate startDate,
        LocalDate endDate,
        int pace,
        DeliveryMode deliveryMode,
        String location,
        int seats,
        int seatsAvailable,
        LocalDate orderDeadline,
        Money listPrice,
        LocalDate withdrawnOn,
        String withdrawReason,
        CourseSummary course) {

    /** Enough of the course to show a search hit without a second call. */
    public record CourseSummary(
            String code, String title, BigDecimal credits, Cycle cycle, String subject, String language) {}

    static OccasionView of(Occasion o, Universities universities) {
        return of(OccasionListing.of(o), universities);
    }

    static OccasionView of(OccasionListing o, Universities universities) {
        return new OccasionView(
                o.id(),
                o.courseId(),
                o.university(),
                universities.nameOf(o.university()),
                o.status(),
                o.startDate(),
                o.endDate(),
                o.pace(),
                o.deliveryMode(),
                o.location(),
                o.seats(),
                o.seatsAvailable(),
                o.orderDeadline(),
                Money.sek(o.listPrice()),
                o.withdrawnOn(),
                o.withdrawReason(),
                new CourseSummary(o.courseCode(), o.courseTitle(), o.credits(), o.cycle(), o.subject(), o.language()));
    }
}
