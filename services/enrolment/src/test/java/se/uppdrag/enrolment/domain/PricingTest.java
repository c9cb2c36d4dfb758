package se.uppdrag.enrolment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppdrag.contracts.Money;
import se.uppdrag.contracts.agreement.AgreementTerms;

class PricingTest {

    private static final UUID COURSE = UUID.randomUUID();
    private static final AgreementTerms.Cancellation FEES = new AgreementTerms.Cancellation(List.of(
            new AgreementTerms.CancellationFee(28, 25),
            new AgreementTerms.CancellationFee(21, 50),
            new AgreementTerms.CancellationFee(14, 100)));

    static AgreementTerms terms(AgreementTerms.Pricing pricing, AgreementTerms.Coverage coverage) {
        return new AgreementTerms(
                UUID.randomUUID(),
                1,
                null,
                null,
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31),
                LocalDate.of(2027, 1, 1),
                coverage,
                pricing,
                10,
                false,
                FEES,
                new AgreementTerms.Invoicing(30, null, "CONFIRMATION", null));
    }

    @Test
    void a_fixed_price_is_the_courses_and_an_unpriced_course_has_none() {
        AgreementTerms fixed = terms(
                new AgreementTerms.Pricing(
                        "FIXED", List.of(new AgreementTerms.CoursePrice(COURSE, Money.sek("15000.00"))), null),
                new AgreementTerms.Coverage(false, List.of(COURSE)));

        assertThat(Pricing.pricePerParticipant(fixed, COURSE, new BigDecimal("18000.00")))
                .contains(new BigDecimal("15000.00"));
        assertThat(Pricing.pricePerParticipant(fixed, UUID.randomUUID(), new BigDecimal("18000.00")))
                .isEmpty();
        assertThat(Pricing.covers(fixed, COURSE)).isTrue();
        assertThat(Pricing.covers(fixed, UUID.randomUUID())).isFalse();
    }

    @Test
    void a_discount_is_taken_off_the_list_price_to_the_ore_half_up() {
        AgreementTerms discount = terms(
                new AgreementTerms.Pricing("DISCOUNT", List.of(), new BigDecimal("12.5")),
                new AgreementTerms.Coverage(true, List.of()));

        assertThat(Pricing.pricePerParticipant(discount, COURSE, new BigDecimal("18000.00")))
                .contains(new BigDecimal("15750.00"));
        // 999.99 * 0.875 = 874.99125 -> 874.99
        assertThat(Pricing.pricePerParticipant(discount, COURSE, new BigDecimal("999.99")))
                .contains(new BigDecimal("874.99"));
        // 0.05 * 0.875 = 0.04375 -> 0.04
        assertThat(Pricing.pricePerParticipant(discount, COURSE, new BigDecimal("0.05")))
                .contains(new BigDecimal("0.04"));
        assertThat(Pricing.covers(discount, UUID.randomUUID())).isTrue();
    }

    @Test
    void the_fee_is_the_highest_window_the_cancellation_falls_in() {
        AgreementTerms t = terms(
                new AgreementTerms.Pricing("DISCOUNT", List.of(), BigDecimal.ZERO),
                new AgreementTerms.Coverage(true, List.of()));

        assertThat(Pricing.cancellationPercent(t, 29)).isZero();
        assertThat(Pricing.cancellationPercent(t, 28)).isEqualTo(25);
        assertThat(Pricing.cancellationPercent(t, 21)).isEqualTo(50);
        assertThat(Pricing.cancellationPercent(t, 15)).isEqualTo(50);
        assertThat(Pricing.cancellationPercent(t, 14)).isEqualTo(100);
        assertThat(Pricing.cancellationPercent(t, -3)).isEqualTo(100);
        assertThat(Pricing.fee(new BigDecimal("15000.00"), 50)).isEqualByComparingTo("7500.00");
        assertThat(Pricing.fee(new BigDecimal("874.99"), 25)).isEqualByComparingTo("218.75");
    }
}
