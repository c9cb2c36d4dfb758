package se.uppdrag.portal.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.uppdrag.portal.client.Agreements.Cancellation;
import se.uppdrag.portal.client.Agreements.Invoicing;

/** What the portal reads and writes of the partner-agreement service's inquiries and offers. */
public final class Inquiries {

    private Inquiries() {}

    public record Procurement(String kind, String reference) {}

    public record Recipients(Boolean allUniversities, List<String> universities) {}

    /** The body of POST /inquiries and PUT /inquiries/{id}. */
    public record InquiryNeed(
            String title,
            List<String> learningOutcomes,
            String subject,
            Integer participants,
            String participantBackground,
            LocalDate periodFrom,
            LocalDate periodTo,
            String place,
            String mode,
            String language,
            Boolean creditsWanted,
            Money budgetCeiling,
            Procurement procurement,
            Instant offerDeadline,
            Recipients recipients) {}

    public record Question(
            UUID id, String question, String answer, String askedBy, Instant askedAt, Instant answeredAt) {}

    public record NewCourse(String title, List<String> learningOutcomes, BigDecimal credits, String cycle) {}

    public record CourseOffered(UUID existingCourseId, NewCourse newCourse) {}

    public record ProposedOccasion(LocalDate startDate, LocalDate endDate, String mode, Integer seats, String place) {}

    public record OfferPrice(String basis, Money amount) {}

    /** The body of PUT /inquiries/{id}/offer. */
    public record OfferContent(
            CourseOffered course,
            List<ProposedOccasion> occasions,
            OfferPrice price,
            LocalDate validUntil,
            Cancellation cancellation,
            Invoicing invoicing,
            String message) {}

    public record Offer(
            UUID id,
            UUID inquiryId,
            String university,
            String status,
            int revision,
            CourseOffered course,
            List<ProposedOccasion> occasions,
            LocalDate firstDay,
            LocalDate lastDay,
            Integer seats,
            OfferPrice price,
            Money pricePerParticipant,
            Money total,
            LocalDate validUntil,
            Cancellation cancellation,
            Invoicing invoicing,
            String message,
            String declineReason,
            String referTo,
            Instant submittedAt,
            Instant updatedAt) {

        public boolean inStatus(String wanted) {
            return wanted.equals(status);
        }

        public boolean isOffered() {
            return price != null;
        }

        /** The modes of its occasions, as one list without repeats. */
        public List<String> modes() {
            return occasions == null
                    ? List.of()
                    : occasions.stream().map(ProposedOccasion::mode).distinct().toList();
        }
    }

    public record Inquiry(
            UUID id,
            String phase,
            String employer,
            String title,
            Instant offerDeadline,
            InquiryNeed need,
            List<String> recipients,
            List<Question> questions,
            boolean offersSealed,
            List<Offer> offers,
            UUID awardedOfferId,
            UUID agreementId,
            String cancelReason,
            Instant publishedAt,
            Instant createdAt,
            Instant updatedAt) {

        public boolean inPhase(String wanted) {
            return wanted.equals(phase);
        }

        /** The caller's university's own answer (a university sees no other), if it gave one. */
        public Offer ownOffer() {
            return offers == null || offers.isEmpty() ? null : offers.get(0);
        }
    }

    public record TextRequest(String text) {}

    public record DeclineRequest(String reason, String referTo) {}

    public record AwardRequest(UUID offerId) {}
}
