package se.uppdrag.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import se.uppdrag.platform.domain.RuleViolation;
import se.uppdrag.platform.repository.TrackedEntity;

/** One participant on one occasion, from request to completion. */
@Entity
@Table(name = "enrolment")
public class Enrolment extends TrackedEntity {

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false, updatable = false)
    public UUID orderId;

    /** How many participants the order named (its events carry it, so consumers know when they have heard of all). */
    @Column(name = "order_size", nullable = false, updatable = false)
    public int orderSize;

    /** The order's reference, which every event of the enrolment carries (the cost centre is the participant's). */
    @Column(name = "order_reference", updatable = false)
    public String orderReference;

    @Column(name = "occasion_id", nullable = false, updatable = false)
    public UUID occasionId;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    public UUID agreementId;

    /** The version of the terms that priced it; its cancellation fees apply. */
    @Column(name = "agreement_version", nullable = false, updatable = false)
    public int agreementVersion;

    @Column(nullable = false, updatable = false)
    public String employer;

    @Column(nullable = false, updatable = false)
    public String university;

    @Column(name = "course_id", nullable = false, updatable = false)
    public UUID courseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EnrolmentStatus status;

    @Embedded
    public Participant participant;

    @Column(nullable = false, updatable = false)
    public BigDecimal price;

    public BigDecimal fee;

    @Column(name = "waitlist_position")
    public Integer waitlistPosition;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "credits_awarded")
    public BigDecimal creditsAwarded;

    public String grade;

    /** When the participant was reminded of the start, or told enough by an invitation sent close to it. */
    @Column(name = "reminded_at")
    public Instant remindedAt;

    /** Statuses a university may confirm, reject, or report a result for; an employer cancel or substitute. */
    public static final Set<EnrolmentStatus> CONFIRMABLE = EnumSet.of(EnrolmentStatus.PENDING);

    public static final Set<EnrolmentStatus> REJECTABLE =
            EnumSet.of(EnrolmentStatus.PENDING, EnrolmentStatus.WAITLISTED);
    public static final Set<EnrolmentStatus> COMPLETABLE = EnumSet.of(EnrolmentStatus.CONFIRMED);
    public static final Set<EnrolmentStatus> CANCELLABLE =
            EnumSet.of(EnrolmentStatus.PENDING, EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED);

    /** Takes a seat (from the order or the waiting list): pending the university's confirmation. */
    public void takeSeat(Instant now) {
        status = EnrolmentStatus.PENDING;
        waitlistPosition = null;
        updatedAt = now;
    }

    /** No seat or no quota left: waits at {@code position} on the occasion's list. */
    public void waitlist(int position, Instant now) {
        status = EnrolmentStatus.WAITLISTED;
        waitlistPosition = position;
        updatedAt = now;
    }

    public void confirm(Instant now) {
        move(EnrolmentStatus.CONFIRMED, CONFIRMABLE, "confirmed", now);
    }

    public void reject(String reason, Instant now) {
        move(EnrolmentStatus.REJECTED, REJECTABLE, "rejected", now);
        statusReason = reason;
        waitlistPosition = null;
    }

    /** Cancelled at {@code fee} (zero when the university withdrew the occasion); answers the status it left. */
    public EnrolmentStatus cancel(BigDecimal cancellationFee, String reason, Instant now) {
        if (cancellationFee.signum() < 0 || cancellationFee.compareTo(price) > 0) {
            throw RuleViolation.refused("A cancellation fee of " + cancellationFee.toPlainString()
                    + " is outside 0 to the price " + price.toPlainString());
        }
        EnrolmentStatus previous = status;
        move(EnrolmentStatus.CANCELLED, CANCELLABLE, "cancelled", now);
        fee = cancellationFee;
        statusReason = reason;
        waitlistPosition = null;
        return previous;
    }

    public void complete(BigDecimal credits, String awardedGrade, Instant now) {
        move(EnrolmentStatus.COMPLETED, COMPLETABLE, "completed", now);
        creditsAwarded = credits;
        grade = awardedGrade;
    }

    public void notCompleted(Instant now) {
        move(EnrolmentStatus.NOT_COMPLETED, COMPLETABLE, "reported not completed", now);
    }

    /** Another participant takes the seat (charged to the seat's cost centre unless it names its own); answers who held it. */
    public Participant substitute(Participant replacement, Instant now) {
        if (!CANCELLABLE.contains(status)) {
            throw RuleViolation.wrongState("Enrolment " + id + " is " + status + "; only PENDING, CONFIRMED or "
                    + "WAITLISTED can take another participant");
        }
        Participant previous = participant;
        participant = replacement.chargedTo(previous.costCentre());
        updatedAt = now;
        return previous;
    }

    private void move(EnrolmentStatus next, Set<EnrolmentStatus> allowed, String action, Instant now) {
        if (!allowed.contains(status)) {
            throw wrongState(allowed, action);
        }
        status = next;
        updatedAt = now;
    }

    private RuleViolation wrongState(Set<EnrolmentStatus> allowed, String action) {
        return RuleViolation.wrongState("Enrolment " + id, status, allowed, action);
    }
}
