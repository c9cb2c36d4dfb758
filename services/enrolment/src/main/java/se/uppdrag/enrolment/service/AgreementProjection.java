package se.uppdrag.enrolment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import se.uppdrag.contracts.agreement.AgreementExpired;
import se.uppdrag.contracts.agreement.AgreementTerminated;
import se.uppdrag.contracts.agreement.AgreementTerms;
import se.uppdrag.enrolment.domain.AgreementFact;
import se.uppdrag.enrolment.domain.AgreementTermsVersion;
import se.uppdrag.enrolment.repository.AgreementFactRepository;
import se.uppdrag.enrolment.repository.AgreementTermsRepository;
import se.uppdrag.platform.inbox.PoisonEventException;

/** This service's copy of partner-agreement's agreements and the versions of their terms, kept from its events. */
@ApplicationScoped
public class AgreementProjection {

    @Inject
    AgreementFactRepository agreements;

    @Inject
    AgreementTermsRepository terms;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void agreementTerms(AgreementTerms t) {
        AgreementFact fact = agreements.findForUpdate(t.agreementId()).orElse(null);
        if (fact == null) {
            fact = new AgreementFact();
            fact.agreementId = t.agreementId();
        } else if (t.version() < fact.version) {
            return;
        }
        fact.university = t.university().orgNumber();
        fact.employer = t.employer().orgNumber();
        fact.status = AgreementFact.ACTIVE;
        fact.version = t.version();
        fact.validFrom = t.validFrom();
        fact.validTo = t.validTo();
        fact.seatQuota = t.seatQuota();
        fact.updatedAt = Instant.now(clock);
        agreements.persist(fact);
        if (terms.version(t.agreementId(), t.version()).isEmpty()) {
            AgreementTermsVersion version = new AgreementTermsVersion();
            version.key = new AgreementTermsVersion.Key(t.agreementId(), t.version());
            version.effectiveFrom = t.effectiveFrom();
            version.terms = t;
            terms.persist(version);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void terminated(AgreementTerminated t) {
        AgreementFact fact = known(t.agreementId());
        fact.status = AgreementFact.TERMINATED;
        fact.terminationDate = t.effectiveDate();
        fact.updatedAt = Instant.now(clock);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void expired(AgreementExpired e) {
        AgreementFact fact = known(e.agreementId());
        fact.status = AgreementFact.EXPIRED;
        fact.updatedAt = Instant.now(clock);
    }

    private AgreementFact known(UUID id) {
        return agreements
                .findForUpdate(id)
                .orElseThrow(() -> new PoisonEventException("agreement " + id + " was never activated here"));
    }
}
