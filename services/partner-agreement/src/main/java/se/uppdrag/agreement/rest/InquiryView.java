package se.uppdrag.agreement.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.uppdrag.agreement.domain.InquiryNeed;
import se.uppdrag.agreement.domain.InquiryPhase;
import se.uppdrag.agreement.domain.InquiryQuestion;
import se.uppdrag.agreement.domain.Offer;
import se.uppdrag.agreement.domain.OfferContent;
import se.uppdrag.agreement.domain.OfferStatus;
import se.uppdrag.agreement.domain.Terms;
import se.uppdrag.agreement.service.InquiryService.InquiryRecord;
import se.uppdrag.contracts.Money;
import se.uppdrag.platform.security.Viewer;

/**
 * An inquiry as the caller may see it. {@code offers} holds, for the employer and operators, every answer once the
 * deadline has passed ({@code offersSealed} until then); for a university only its own.
 */
public record InquiryView(
        UUID id,
        InquiryPhase phase,
        String employer,
        String title,

        @Schema(description = "When offers are due; the inquiry is OPEN until then, CLOSED after")
        Instant offerDeadline,

        InquiryNeed need,
        List<String> recipients,
        List<QuestionView> questions,
        boolean offersSealed,
        List<OfferView> offers,
        UUID awardedOfferId,
        UUID agreementId,
        String cancelReason,
        Instant publishedAt,
        Instant createdAt,
        Instant updatedAt) {

    /** A question and its answer; who asked is given to the asker and operators only. */
    public record QuestionView(
            UUID id, String question, String answer, String askedBy, Instant askedAt, Instant answeredAt) {

        static QuestionView of(InquiryQuestion q, Viewer viewer) {
            boolean mayKnow = viewer.isOperator() || q.askedBy.equals(viewer.organisation());
            return new QuestionView(q.id, q.question, q.answer, mayKnow ? q.askedBy : null, q.askedAt, q.answeredAt);
        }
    }

    /** An answer to an inquiry: an offer with its price per participant and total worked out, or a decline. */
    public record OfferView(
            UUID id,
            UUID inquiryId,
            String university,
            OfferStatus status,
            int revision,
            OfferContent.CourseOffered course,
            List<OfferContent.ProposedOccasion> occasions,
            LocalDate firstDay,
            LocalDate lastDay,
            Integer seats,
            OfferContent.OfferPrice price,
            Money pricePerParticipant,
            Money total,
            LocalDate validUntil,
            Terms.Cancellation cancellation,
            Terms.Invoicing invoicing,
            String message,
            String declineReason,
            String referTo,
            Instant submittedAt,
            Instant updatedAt) {

        static OfferView of(Offer o, int participants) {
            OfferContent c = o.content;
            boolean hasContent = c != null && o.status != OfferStatus.DECLINED;
            return new OfferView(
                    o.id,
                    o.inquiryId,
                    o.university,
                    o.status,
                    o.revision,
                    hasContent ? c.course() : null,
                    hasContent ? c.occasions() : List.of(),
                    hasContent ? c.firstDay() : null,
                    hasContent ? c.lastDay() : null,
                    hasContent ? c.seats() : null,
                    hasContent ? c.price() : null,
                    hasContent ? c.perParticipant(participants) : null,
                    hasContent ? c.total(participants) : null,
                    hasContent ? c.validUntil() : null,
                    hasContent ? c.cancellation() : null,
                    hasContent ? c.invoicing() : null,
                    hasContent ? c.message() : null,
                    o.declineReason,
                    o.referral,
                    o.createdAt,
                    o.updatedAt);
        }
    }

    static InquiryView of(InquiryRecord r) {
        var i = r.inquiry();
        int participants = i.need.participants();
        return new InquiryView(
                i.id,
                r.phase(),
                i.employer,
                i.title,
                i.offerDeadline,
                i.need,
                r.recipients(),
                r.questions().stream().map(q -> QuestionView.of(q, r.viewer())).toList(),
                r.offersSealed(),
                r.offers().stream().map(o -> OfferView.of(o, participants)).toList(),
                i.awardedOfferId,
                i.agreementId,
                i.cancelReason,
                i.publishedAt,
                i.createdAt,
                i.updatedAt);
    }
}
