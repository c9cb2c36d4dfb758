package se.uppdrag.contracts.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.uppdrag.contracts.Money;

/**
 * Payload of OfferAwarded: the awarded offer's course and occasions, for the catalogue to publish as closed occasions
 * of the employer under the agreement the award proposed. Ids are the award's, so applying it twice makes nothing twice.
 */
public record OfferAwarded(
        UUID inquiryId,
        UUID offerId,
        UUID agreementId,
        String university,
        String employer,
        Course course,
        List<Occasion> occasions,
        Money pricePerParticipant) {

    /** A catalogue course ({@code existing}) or a new one to create under {@code courseId}. */
    public record Course(
            UUID courseId,
            boolean existing,
            String title,
            List<String> learningOutcomes,
            BigDecimal credits,
            String cycle,
            String subject,
            String language) {}

    public record Occasion(
            UUID occasionId, LocalDate startDate, LocalDate endDate, String deliveryMode, int seats, String location) {}
}
