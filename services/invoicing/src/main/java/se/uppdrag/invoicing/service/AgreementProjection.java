package se.uppdrag.invoicing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.uppdrag.contracts.agreement.AgreementTerms;
import se.uppdrag.invoicing.domain.AgreementTermsVersion;
import se.uppdrag.invoicing.repository.AgreementTermsRepository;

/** The versions of each agreement's terms, kept from partner-agreement's events: the issuer bills by them. */
@ApplicationScoped
public class AgreementProjection {

    @Inject
    AgreementTermsRepository terms;

    @Transactional(Transactional.TxType.MANDATORY)
    public void agreementTerms(AgreementTerms t) {
        if (terms.version(t.agreementId(), t.version()).isEmpty()) {
            AgreementTermsVersion v = new AgreementTermsVersion();
            v.key = new AgreementTermsVersion.Key(t.agreementId(), t.version());
            v.effectiveFrom = t.effectiveFrom();
            v.terms = t;
            terms.persist(v);
        }
    }
}
