package se.uppdrag.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppdrag.contracts.Money;
import se.uppdrag.platform.domain.FieldProblem;

class TermsTest {

    static final UUID COURSE = UUID.randomUUID();

    static Terms terms(Terms.Coverage coverage, Terms.Pricing pricing, LocalDate from, LocalDate to) {
        return new Terms(
                "5566778808",
                from,
                to,
                coverage,
                pricing,
                50,
                false,
                new Terms.Cancellation(List.of(new Terms.CancellationFee(28, 25), new Terms.CancellationFee(14, 100))),
                new Terms.Invoicing(30, "HR-4711", InvoiceOn.CONFIRMATION));
    }

    static Terms fixed(String price) {
        return terms(
                new Terms.Coverage(false, List.of(COURSE)),
                new Terms.Pricing(PricingKind.FIXED, List.of(new Terms.CoursePrice(COURSE, Money.sek(price))), null),
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31));
    }

    static Terms funded(Terms.Funding funding) {
        Terms t = fixed("15000.00");
        return new Terms(
                t.employer(),
                t.validFrom(),
                t.validTo(),
                t.coverage(),
                t.pricing(),
                t.seatQuota(),
                t.autoConfirm(),
                t.cancellation(),
                t.invoicing(),
                funding);
    }

    @Test
    void a_co_funding_scheme_holds_together_only_where_its_parts_fit_its_model() {
        String fund = "8020016161";
        assertThat(funded(new Terms.Funding(
                                FundingModel.FUNDER_INVOICED,
                                fund,
                                50,
                                Money.sek("6000.00"),
                                FundingCondition.COMPLETION,
                                "OF-1",
                                null))
                        .problems())
                .isEmpty();
        assertThat(fields(funded(new Terms.Funding(FundingModel.SUBSIDY, "5566778808", 50, null, null, null, null))
                        .problems()))
                .containsExactly("funding.funder");
        assertThat(fields(funded(new Terms.Funding(
                                FundingModel.SUBSIDY,
                                fund,
                                50,
                                Money.sek("0.00"),
                                FundingCondition.COMPLETION,
                                null,
                                30))
                        .problems()))
                .containsExactlyInAnyOrder(
                        "funding.capPerParticipant.amount", "funding.condition", "funding.claimDeadlineDays");
        assertThat(funded(new Terms.Funding(FundingModel.EMPLOYER_CLAIMS, fund, 100, null, null, null, 90))
                        .problems())
                .isEmpty();
    }

    @Test
    void fixed_prices_for_covered_courses_hold_together() {
        assertThat(fixed("15000.00").problems()).isEmpty();
    }

    @Test
    void validity_must_not_end_before_it_starts_but_may_be_one_day() {
        Terms oneDay = terms(
                new Terms.Coverage(true, null),
                new Terms.Pricing(PricingKind.DISCOUNT, null, BigDecimal.TEN),
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 1, 1));
        Terms backwards = terms(
                new Terms.Coverage(true, null),
                new Terms.Pricing(PricingKind.DISCOUNT, null, BigDecimal.TEN),
                LocalDate.of(2027, 1, 2),
                LocalDate.of(2027, 1, 1));

        assertThat(oneDay.problems()).isEmpty();
        assertThat(fields(backwards.problems())).containsExactly("validTo");
    }

    @Test
    void a_negative_price_or_a_price_for_an_uncovered_course_is_wrong() {
        assertThat(fields(fixed("-0.01").problems())).containsExactly("pricing.prices[0].price.amount");
        Terms uncovered = terms(
                new Terms.Coverage(false, List.of(COURSE)),
                new Terms.Pricing(
                        PricingKind.FIXED, List.of(new Terms.CoursePrice(UUID.randomUUID(), Money.sek("1.00"))), null),
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31));
        assertThat(fields(uncovered.problems())).containsExactly("pricing.prices[0].courseId");
    }

    @Test
    void a_discount_is_between_0_and_100_percent_and_has_no_prices() {
        for (String percent : List.of("0", "100", "12.5")) {
            assertThat(discount(new BigDecimal(percent)).problems()).as(percent).isEmpty();
        }
        assertThat(fields(discount(new BigDecimal("100.01")).problems())).containsExactly("pricing.percent");
        assertThat(fields(discount(new BigDecimal("-1")).problems())).containsExactly("pricing.percent");
        assertThat(fields(discount(null).problems())).containsExactly("pricing.percent");
    }

    @Test
    void coverage_lists_courses_or_says_all_never_both_or_neither() {
        Terms neither = terms(
                new Terms.Coverage(false, List.of()),
                new Terms.Pricing(PricingKind.DISCOUNT, null, BigDecimal.ONE),
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31));
        Terms both = terms(
                new Terms.Coverage(true, List.of(COURSE)),
                new Terms.Pricing(PricingKind.DISCOUNT, null, BigDecimal.ONE),
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31));

        assertThat(fields(neither.problems())).containsExactly("coverage.courseIds");
        assertThat(fields(both.problems())).containsExactly("coverage.courseIds");
    }

    private static Terms discount(BigDecimal percent) {
        return terms(
                new Terms.Coverage(true, null),
                new Terms.Pricing(PricingKind.DISCOUNT, null, percent),
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31));
    }

    private static List<String> fields(List<FieldProblem> errors) {
        return errors.stream().map(FieldProblem::field).toList();
    }
}
