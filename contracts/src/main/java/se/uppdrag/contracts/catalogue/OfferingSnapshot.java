package se.uppdrag.contracts.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import se.uppdrag.contracts.Money;

/**
 * Payload of OfferingPublished and OfferingChanged: an occasion with what consumers need of its course; {@code closedTo}
 * only for a closed occasion (absent, null, for one open to every employer).
 */
public record OfferingSnapshot(
        UUID occasionId,
        UUID courseId,
        String university,
        String courseCode,
        String title,
        BigDecimal credits,
        String cycle,
        String subject,
        String language,
        LocalDate startDate,
        LocalDate endDate,
        int pace,
        String deliveryMode,
        String location,
        int seats,
        LocalDate orderDeadline,
        Money listPrice,
        String status,
        ClosedTo closedTo) {

    /** For a closed occasion: the one employer that may order it, and the agreement it must order under. */
    public record ClosedTo(String employer, UUID agreementId) {}
}
