package se.uppdrag.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.uppdrag.platform.repository.TrackedEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import se.uppdrag.platform.errors.ProblemException;

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

    /** Moves to {@code next} if the current status allows it; otherwise a 409 naming the current status. */
    public void move(EnrolmentStatus next, Set<EnrolmentStatus> from, String action, Instant now) {
        if (!from.contains(status)) {
            throw ProblemException.conflict("Enrolment " + id + " is " + status + "; only " + describe(from)
                    + " can be " + action);
        }
        status = next;
        updatedAt = now;
    }

    public static final Set<EnrolmentStatus> CANCELLABLE = EnumSet.of(EnrolmentStatus.PENDING, EnrolmentStatus.CONFIRMED,
            EnrolmentStatus.WAITLISTED);

    private static String describe(Set<EnrolmentStatus> statuses) {
        return statuses.stream().map(Enum::name).reduce((a, b) -> a + " or " + b).orElse("none");
    }
}
