package se.uppdrag.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.uppdrag.platform.domain.RuleViolation;
import se.uppdrag.platform.repository.TrackedEntity;

/**
 * An employer's inquiry for a tailored course. The employer drafts and publishes it; recipients offer until the
 * deadline, when it closes; the employer then awards one offer, or cancels at any time before the award. Offers are
 * sealed until the deadline: nobody but their university sees them before, so no university can be favoured.
 */
@Entity
@Table(name = "inquiry")
public class Inquiry extends TrackedEntity {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String employer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InquiryStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public InquiryNeed need;

    /** The need's title and deadline as columns, for lists and the deadline check. */
    @Column(nullable = false)
    public String title;

    @Column(name = "offer_deadline", nullable = false)
    public Instant offerDeadline;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "awarded_offer_id")
    public UUID awardedOfferId;

    @Column(name = "agreement_id")
    public UUID agreementId;

    @Column(name = "cancel_reason")
    public String cancelReason;

    public static Inquiry draft(String employer, InquiryNeed need, Instant now) {
        Inquiry inquiry = new Inquiry();
        inquiry.id = UUID.randomUUID();
        inquiry.employer = employer;
        inquiry.status = InquiryStatus.DRAFT;
        inquiry.createdAt = now;
        inquiry.replaceNeed(need, now);
        return inquiry;
    }

    public InquiryPhase phase(Instant now) {
        return switch (status) {
            case DRAFT -> InquiryPhase.DRAFT;
            case PUBLISHED -> isOpen(now) ? InquiryPhase.OPEN : InquiryPhase.CLOSED;
            case AWARDED -> InquiryPhase.AWARDED;
            case CANCELLED -> InquiryPhase.CANCELLED;
        };
    }

    public void redraft(InquiryNeed newNeed, Instant now) {
        require("changed", EnumSet.of(InquiryStatus.DRAFT));
        replaceNeed(newNeed, now);
    }

    public void publish(Instant now) {
        require("published", EnumSet.of(InquiryStatus.DRAFT));
        if (!offerDeadline.isAfter(now)) {
            throw RuleViolation.invalidValue("offerDeadline", "has passed (" + offerDeadline + "); change the draft");
        }
        status = InquiryStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    public void cancel(String reason, Instant now) {
        require("cancelled", EnumSet.of(InquiryStatus.DRAFT, InquiryStatus.PUBLISHED));
        status = InquiryStatus.CANCELLED;
        cancelReason = reason;
        updatedAt = now;
    }

    /** Offers, questions, withdrawals and declines are taken while the inquiry is open. */
    public void requireOpen(Instant now, String what) {
        if (status != InquiryStatus.PUBLISHED) {
            throw RuleViolation.wrongState(
                    "Inquiry " + id + " is " + phase(now) + "; " + what + " only while it is OPEN");
        }
        if (!isOpen(now)) {
            throw RuleViolation.wrongState("Inquiry " + id + " closed for offers at " + offerDeadline + "; " + what
                    + " only before the deadline");
        }
    }

    /** Offers are shown to the employer, and one awarded, only once the deadline has passed. */
    public void requireClosed(Instant now, String what) {
        if (status == InquiryStatus.PUBLISHED && isOpen(now)) {
            throw RuleViolation.wrongState("Inquiry " + id + " is open for offers until " + offerDeadline
                    + "; offers are sealed until then, so " + what + " only after it");
        }
        if (status == InquiryStatus.DRAFT || status == InquiryStatus.CANCELLED) {
            throw RuleViolation.wrongState("Inquiry " + id + " is " + status + "; " + what + " only once it closed");
        }
    }

    public void award(UUID offerId, UUID agreement, Instant now) {
        requireClosed(now, "an offer can be awarded");
        require("awarded", EnumSet.of(InquiryStatus.PUBLISHED));
        status = InquiryStatus.AWARDED;
        awardedOfferId = offerId;
        agreementId = agreement;
        updatedAt = now;
    }

    private boolean isOpen(Instant now) {
        return now.isBefore(offerDeadline);
    }

    private void replaceNeed(InquiryNeed newNeed, Instant now) {
        need = newNeed;
        title = newNeed.title();
        offerDeadline = newNeed.offerDeadline();
        updatedAt = now;
    }

    private void require(String transition, Set<InquiryStatus> allowed) {
        if (!allowed.contains(status)) {
            throw RuleViolation.wrongState("Inquiry " + id, status, allowed, transition);
        }
    }
}
