package se.uppdrag.agreement.rest;

import java.time.LocalDate;
import java.util.UUID;
import se.uppdrag.agreement.domain.AgreementVersion;
import se.uppdrag.agreement.domain.Terms;

public record TermsInForceView(UUID agreementId, LocalDate on, int version, LocalDate effectiveFrom, Terms terms) {

    static TermsInForceView of(AgreementVersion v, LocalDate on) {
        return new TermsInForceView(v.key.agreementId(), on, v.version(), v.effectiveFrom, v.terms);
    }
}
