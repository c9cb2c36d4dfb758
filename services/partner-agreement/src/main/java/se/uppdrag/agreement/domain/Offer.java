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
 * One university's answer to one inquiry: an offer it may revise or withdraw until the deadline, or a decline
 * (perhaps referring the employer to another university). After the award it is AWARDED or NOT_CHOSEN.
 */
@Entity
@Table(name = "offer")
public class Offer extends TrackedEntity {

    @Id
    public UUID id;

    @Column(name = "inquiry_id", nullable = false, updatable = false)
    public UUID inquiryId;

    @Column(nullable = false, updatable = false)
    public String university;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OfferStatus status;

    /** 1 for the first offer, counting up with each revision. */
    @Column(nullable = false)
    public int revision;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public OfferContent content;

    @Column(name = "decline_reason")
    public String declineReason;

    @Column(name = "referral")
    public String referral;

    public static Offer submit(UUID inquiryId, String university, OfferContent content, Instant now) {
        Offer offer = answer(inquiryId, university, now);
        offer.status = OfferStatus.SUBMITTED;
        offer.content = content;
        return offer;
    }

    public static Offer decline(UUID inquiryId, String university, String reason, String referral, Instant now) {
        Offer offer = answer(inquiryId, university, now);
        offer.markDeclined(reason, referral, now);
        return offer;
    }

    /** A new offer in place of the last answer, whatever it was (an offer, a withdrawal, a decline). */
    public void revise(OfferContent newContent, Instant now) {
        require("revised", EnumSet.of(OfferStatus.SUBMITTED, OfferStatus.WITHDRAWN, OfferStatus.DECLINED));
        status = OfferStatus.SUBMITTED;
        content = newContent;
        declineReason = null;
        referral = null;
        revision++;
        updatedAt = now;
    }

    public void withdraw(Instant now) {
        require("withdrawn", EnumSet.of(OfferStatus.SUBMITTED));
        status = OfferStatus.WITHDRAWN;
        updatedAt = now;
    }

    /** Declining after an offer withdraws it; the content is kept for the record. */
    public void markDeclined(String reason, String referTo, Instant now) {
        if (status != null) {
            require("declined", EnumSet.of(OfferStatus.SUBMITTED, OfferStatus.WITHDRAWN));
            revision++;
        }
        status = OfferStatus.DECLINED;
        declineReason = reason;
        referral = referTo;
        updatedAt = now;
    }

    public void award(Instant now) {
        require("awarded", EnumSet.of(OfferStatus.SUBMITTED));
        status = OfferStatus.AWARDED;
        updatedAt = now;
    }

    /** Told it was not chosen, when another offer was awarded. */
    public void notChosen(Instant now) {
        if (status == OfferStatus.SUBMITTED) {
            status = OfferStatus.NOT_CHOSEN;
            updatedAt = now;
        }
    }

    public boolean isStanding() {
        return status == OfferStatus.SUBMITTED;
    }

    private static Offer answer(UUID inquiryId, String university, Instant now) {
        Offer offer = new Offer();
        offer.id = UUID.randomUUID();
        offer.inquiryId = inquiryId;
        offer.university = university;
        offer.revision = 1;
        offer.createdAt = now;
        offer.updatedAt = now;
        return offer;
    }

    private void require(String transition, Set<OfferStatus> allowed) {
        if (!allowed.contains(status)) {
            throw RuleViolation.wrongState("Offer " + id, status, allowed, transition);
        }
    }
}
