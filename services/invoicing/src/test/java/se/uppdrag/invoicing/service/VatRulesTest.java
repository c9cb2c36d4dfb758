package se.uppdrag.invoicing.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.uppdrag.contracts.agreement.AgreementTerms;
import se.uppdrag.invoicing.domain.Vat;

class VatRulesTest {

    private final VatRules rules =
            new VatRules(Optional.of(List.of("2120002627")), "Part of the buyer's exempt education");

    @Test
    void companies_municipalities_and_regions_pay_25_percent_and_state_agencies_are_outside_the_scope() {
        assertThat(rules.forBuyer(buyer("5566778808", "PRIVATE")).on(new BigDecimal("15000.00")))
                .isEqualByComparingTo("3750.00");
        assertThat(rules.forBuyer(buyer("2321000016", "MUNICIPALITY_OR_REGION")).category())
                .isEqualTo("S");
        Vat agency = rules.forBuyer(buyer("2021007899", "STATE_AGENCY"));
        assertThat(agency.on(new BigDecimal("15000.00"))).isEqualByComparingTo("0.00");
        assertThat(agency.exemptionReasonCode()).isEqualTo("VATEX-EU-O");
        assertThat(agency.identifiersAllowed()).isFalse();
    }

    @Test
    void a_configured_buyer_of_exempt_education_gets_category_e_with_its_reason_whatever_its_type() {
        Vat exempt = rules.forBuyer(buyer("2120002627", "MUNICIPALITY_OR_REGION"));
        assertThat(exempt.category()).isEqualTo("E");
        assertThat(exempt.exemptionReasonCode()).isEqualTo("VATEX-EU-132-1I");
        assertThat(exempt.exemptionReason()).isEqualTo("Part of the buyer's exempt education");
        assertThat(exempt.on(new BigDecimal("15000.00"))).isEqualByComparingTo("0.00");
        assertThat(new VatRules(Optional.empty(), "x")
                        .forBuyer(buyer("2120002627", "MUNICIPALITY_OR_REGION"))
                        .category())
                .isEqualTo("S");
    }

    @Test
    void vat_is_rounded_half_up_to_the_ore_on_the_total() {
        assertThat(Vat.STANDARD.on(new BigDecimal("0.10"))).isEqualByComparingTo("0.03"); // 0.025
        assertThat(Vat.STANDARD.on(new BigDecimal("0.06"))).isEqualByComparingTo("0.02"); // 0.015
    }

    private static AgreementTerms.Party buyer(String orgNumber, String type) {
        return new AgreementTerms.Party(orgNumber, "Buyer", type, null, null, null);
    }
}
