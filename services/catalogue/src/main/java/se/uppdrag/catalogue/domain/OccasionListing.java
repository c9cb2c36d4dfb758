package se.uppdrag.catalogue.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An occasion as a list shows it, with enough of its course to show a hit without a second call: what a search reads
 * in one query, and what a loaded occasion is shown as.
 */
public record OccasionListing(
        UUID id,
        UUID courseId,
        String university,
        OccasionStatus status,
        LocalDate startDate,
        LocalDate endDate,
        int pace,
        DeliveryMode deliveryMode,
        String location,
        int seats,
        int seatsAvailable,
        LocalDate orderDeadline,
        BigDecimal listPrice,
        LocalDate withdrawnOn,
        String withdrawReason,
        String courseCode,
        String courseTitle,
        BigDecimal credits,
        Cycle cycle,
        String subject,
        String language) {

    public static OccasionListing of(Occasion o) {
        Course c = o.course;
        return new OccasionListing(
                o.id,
                c.id,
                o.university,
                o.status,
                o.startDate,
                o.endDate,
                o.pace,
                o.deliveryMode,
                o.location,
                o.seats,
                o.seatsAvailable(),
                o.orderDeadline,
                o.listPrice,
                o.withdrawnOn,
                o.withdrawReason,
                c.code,
                c.title,
                c.credits,
                c.cycle,
                c.subject,
                c.language);
    }
}
