package se.uppdrag.invoicing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.uppdrag.contracts.agreement.AgreementTerms;
import se.uppdrag.invoicing.domain.Vat;

/**
 * Which VAT category an invoice gets (README: to be confirmed per university with its tax function): buyers listed in
 * {@code uppdrag.invoicing.vat.exempt-education-buyers} buy education that is part of their own exempt education
 * (category E); another state agency is outside the scope (O); everyone else pays 25 % (S).
 */
@ApplicationScoped
public class VatRules {

    private final Set<String> exemptEducationBuyers;
    private final String exemptionReason;

    @Inject
    VatRules(InvoicingConfig config) {
        this(config.vat().exemptEducationBuyers(), config.vat().exemptEducationReason());
    }

    VatRules(Optional<List<String>> exemptBuyers, String exemptionReason) {
        this.exemptEducationBuyers = Set.copyOf(
                exemptBuyers.orElse(List.of()).stream().map(String::trim).toList());
        this.exemptionReason = exemptionReason;
    }

    public Vat forBuyer(AgreementTerms.Party buyer) {
        if (exemptEducationBuyers.contains(buyer.orgNumber())) {
            return Vat.exemptEducation(exemptionReason);
        }
        return "STATE_AGENCY".equals(buyer.buyerType()) ? Vat.OUTSIDE_SCOPE : Vat.STANDARD;
    }
}
