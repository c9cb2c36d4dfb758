package se.uppdrag.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import se.uppdrag.platform.domain.RuleViolation;

/** A participant's invitation to evaluate an occasion: used once, and only that is kept of its use. */
@Entity
@Table(name = "evaluation_invitation")
public class EvaluationInvitation {

    @Id
    public UUID id;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    public UUID enrolmentId;

    @Column(name = "occasion_id", nullable = false, updatable = false)
    public UUID occasionId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "reminded_at")
    public Instant remindedAt;

    @Column(nullable = false)
    public boolean used;

    public static EvaluationInvitation of(Enrolment e, Instant now) {
        EvaluationInvitation invitation = new EvaluationInvitation();
        invitation.id = UUID.randomUUID();
        invitation.enrolmentId = e.id;
        invitation.occasionId = e.occasionId;
        invitation.createdAt = now;
        return invitation;
    }

    /** Answered: the link works no more. */
    public void use() {
        if (used) {
            throw RuleViolation.wrongState("This evaluation has been answered already; each link is used once");
        }
        used = true;
    }
}
