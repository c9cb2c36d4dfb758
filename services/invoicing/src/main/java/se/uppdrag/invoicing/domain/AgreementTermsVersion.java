package se.uppdrag.invoicing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.uppdrag.contracts.agreement.AgreementTerms;

/** One version of an agreement's terms, as the event that announced it carried them. */
// Never changed once written: no dirty checking of its JSON terms at every flush.
@Immutable
@Entity
@Table(name = "agreement_terms")
public class AgreementTermsVersion {

    @Embeddable
    public record Key(
            @Column(name = "agreement_id") UUID agreementId,
            @Column(name = "version") int version) implements Serializable {}

    @EmbeddedId
    public Key key;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public AgreementTerms terms;
}
