package se.uppdrag.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One accepted version of an agreement's terms, never changed afterwards. */
// Never changed once written: no dirty checking of its JSON terms at every flush.
@Immutable
@Entity
@Table(name = "agreement_version")
public class AgreementVersion {

    @Embeddable
    public record Key(
            @Column(name = "agreement_id") UUID agreementId,
            @Column(name = "version") int version) implements Serializable {}

    @EmbeddedId
    public Key key;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    public Terms terms;

    @Column(name = "effective_from", nullable = false, updatable = false)
    public LocalDate effectiveFrom;

    @Column(name = "accepted_at", nullable = false, updatable = false)
    public Instant acceptedAt;

    public static AgreementVersion of(Agreement agreement, LocalDate effectiveFrom, Instant acceptedAt) {
        AgreementVersion v = new AgreementVersion();
        v.key = new Key(agreement.id, agreement.version);
        v.terms = agreement.terms;
        v.effectiveFrom = effectiveFrom;
        v.acceptedAt = acceptedAt;
        return v;
    }

    public int version() {
        return key.version();
    }
}
