package se.uppdrag.invoicing.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

    VatRules(@ConfigProperty(name = "uppdrag.invoicing.vat.exempt-education-buyers") Optional<List<String>> exemptBuyers,
            @ConfigProperty(name = "uppdrag.invoicing.vat.exempt-education-reason") String exemptionReason) {
        this.exemptEducationBuyers = Set.copyOf(exemptBuyers.orElse(List.of()).stream().map(String::trim).toList());
        this.exemptionReason = exemptionReason;
    }

    public Vat forBuyer(AgreementTerms.Party buyer) {
        if (exemptEducationBuyers.contains(buyer.orgNumber())) {
            return Vat.exemptEducation(exemptionReason);
        }
        return "STATE_AGENCY".equals(buyer.buyerType()) ? Vat.OUTSIDE_SCOPE : Vat.STANDARD;
    }
}
