package se.uppdrag.catalogue.service;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import se.uppdrag.platform.errors.ProblemException;

class OccasionRulesTest {

    private static final LocalDate START = LocalDate.of(2027, 2, 1);

    @Test
    void a_one_day_occasion_ordered_until_its_start_is_fine() {
        assertThatCode(() -> OccasionRules.check(START, START, START, BigDecimal.ZERO))
                .doesNotThrowAnyException();
    }

    @Test
    void every_broken_rule_is_reported_at_once() {
        assertThatThrownBy(
                        () -> OccasionRules.check(START, START.minusDays(1), START.plusDays(1), new BigDecimal("-1")))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> Assertions.assertThat(((ProblemException) e).errors())
                        .extracting(f -> f.field())
                        .containsExactly("endDate", "orderDeadline", "listPrice.amount"));
    }

    @Test
    void credits_come_in_halves() {
        assertThatCode(() -> OccasionRules.checkCredits(new BigDecimal("7.5"))).doesNotThrowAnyException();
        assertThatCode(() -> OccasionRules.checkCredits(new BigDecimal("30"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> OccasionRules.checkCredits(new BigDecimal("7.25")))
                .hasMessageContaining("0.5");
        assertThatThrownBy(() -> OccasionRules.checkCredits(new BigDecimal("7.3")))
                .hasMessageContaining("0.5");
    }
}
