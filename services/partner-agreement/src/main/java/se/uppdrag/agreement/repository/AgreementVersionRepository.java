package se.uppdrag.agreement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.uppdrag.agreement.domain.AgreementVersion;

@ApplicationScoped
public class AgreementVersionRepository implements PanacheRepositoryBase<AgreementVersion, AgreementVersion.Key> {

    public List<AgreementVersion> ofAgreement(UUID agreementId) {
        return list("key.agreementId = ?1 order by key.version", agreementId);
    }

    public Optional<AgreementVersion> latest(UUID agreementId) {
        return find("key.agreementId = ?1 order by key.version desc", agreementId)
                .firstResultOptional();
    }

    /** The version in force on a date: the highest version effective on or before it. */
    public Optional<AgreementVersion> inForce(UUID agreementId, LocalDate date) {
        return find("key.agreementId = ?1 and effectiveFrom <= ?2 order by key.version desc", agreementId, date)
                .firstResultOptional();
    }
}
