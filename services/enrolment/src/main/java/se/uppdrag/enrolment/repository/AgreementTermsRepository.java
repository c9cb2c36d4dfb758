package se.uppdrag.enrolment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import se.uppdrag.enrolment.domain.AgreementTermsVersion;

@ApplicationScoped
public class AgreementTermsRepository
        implements PanacheRepositoryBase<AgreementTermsVersion, AgreementTermsVersion.Key> {

    /** The version in force on a date: the highest version effective on or before it. */
    public Optional<AgreementTermsVersion> inForce(UUID agreementId, LocalDate date) {
        return find("key.agreementId = ?1 and effectiveFrom <= ?2 order by key.version desc", agreementId, date)
                .firstResultOptional();
    }

    public Optional<AgreementTermsVersion> version(UUID agreementId, int version) {
        return findByIdOptional(new AgreementTermsVersion.Key(agreementId, version));
    }
}
