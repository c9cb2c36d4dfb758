package se.uppdrag.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void writes_the_amount_as_a_string_with_two_decimals() throws Exception {
        var json = EventJson.mapper().valueToTree(Money.sek("1234.5"));
        assertThat(json.get("amount").isTextual()).isTrue();
        assertThat(json.get("amount").asText()).isEqualTo("1234.50");
        assertThat(json.get("currency").asText()).isEqualTo("SEK");
    }

    @Test
    void reads_what_it_writes() throws Exception {
        Money money = Money.sek("18000.00");
        String json = EventJson.mapper().writeValueAsString(money);
        assertThat(EventJson.mapper().readValue(json, Money.class)).isEqualTo(money);
    }

    @Test
    void equal_amounts_are_equal_whatever_their_scale() {
        assertThat(Money.sek("10")).isEqualTo(Money.sek(new BigDecimal("10.00")));
    }

    @Test
    void refuses_fractions_of_an_ore_and_other_currencies() {
        assertThatThrownBy(() -> Money.sek("0.005")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(BigDecimal.ONE, "EUR")).hasMessageContaining("SEK");
    }

    @Test
    void reads_only_amounts_written_as_plain_digits_that_a_ledger_holds() {
        for (String amount : new String[] {
            "1e308", "1E+3", "9".repeat(13), "1" + "0".repeat(1_000_000), "12.345", " 12", "12.", ".5", "0x10", "١٢"
        }) {
            String json = "{\"amount\":\"" + amount + "\",\"currency\":\"SEK\"}";
            assertThatThrownBy(() -> EventJson.mapper().readValue(json, Money.class))
                    .as(amount.substring(0, Math.min(20, amount.length())))
                    .hasRootCauseInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void a_million_digit_amount_is_refused_before_any_arithmetic() throws Exception {
        String json = "{\"amount\":\"" + "9".repeat(1_000_000) + "\",\"currency\":\"SEK\"}";
        assertThatThrownBy(() -> EventJson.mapper().readValue(json, Money.class))
                .hasRootCauseMessage("amount must be written as digits with at most two decimals, such as 1234.50, "
                        + "and at most 12 digits before the point");
        assertThat(EventJson.mapper()
                        .readValue("{\"amount\":\"-999999999999.99\",\"currency\":\"SEK\"}", Money.class)
                        .amount())
                .isEqualByComparingTo("-999999999999.99");
    }
}
