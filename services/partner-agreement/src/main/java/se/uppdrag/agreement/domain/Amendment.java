package se.uppdrag.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.uppdrag.platform.domain.RuleViolation;

/** New terms for an active agreement, proposed by the university; in force once the employer accepts. */
@Entity
@Table(name = "amendment")
public class Amendment {

    @Id
    public UUID id;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    public UUID agreementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AmendmentStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    public Terms terms;

    /** Requested start of the new terms; null means from the day the employer accepts. */
    @Column(name = "effective_from", updatable = false)
    public LocalDate effectiveFrom;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    public Instant proposedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public static Amendment propose(UUID agreementId, Terms terms, LocalDate effectiveFrom, Instant now) {
        Amendment amendment = new Amendment();
        amendment.id = UUID.randomUUID();
        amendment.agreementId = agreementId;
        amendment.status = AmendmentStatus.PROPOSED;
        amendment.terms = terms;
        amendment.effectiveFrom = effectiveFrom;
        amendment.proposedAt = now;
        return amendment;
    }

    public void decide(AmendmentStatus decision, Instant now) {
        if (status != AmendmentStatus.PROPOSED) {
            throw RuleViolation.wrongState("Amendment " + id + " is " + status + "; only a PROPOSED amendment can be "
                    + decision.name().toLowerCase(Locale.ROOT));
        }
        status = decision;
        decidedAt = now;
    }
}
