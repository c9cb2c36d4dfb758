package se.uppdrag.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.uppdrag.portal.client.Money;

class FormatsTest {

    private static final Locale SV = Locale.forLanguageTag("sv");

    @Test
    void amounts_are_written_as_swedes_write_them_and_never_break_across_lines() {
        assertThat(Formats.kr(Money.sek(new BigDecimal("12500")), SV)).isEqualTo("12\u00a0500,00\u00a0kr");
        assertThat(Formats.kr(Money.sek(new BigDecimal("1234567.5")), SV)).isEqualTo("1\u00a0234\u00a0567,50\u00a0kr");
        assertThat(Formats.kr(Money.sek(new BigDecimal("-9375")), SV)).isEqualTo("-9\u00a0375,00\u00a0kr");
        assertThat(Formats.kr(Money.sek(new BigDecimal("12500")), Locale.ENGLISH))
                .isEqualTo("SEK\u00a012,500.00");
        assertThat(Formats.kr((Money) null, SV)).isEmpty();
    }

    @Test
    void the_plain_amount_is_exact_for_form_fields_and_scripts() {
        assertThat(Formats.plain(Money.sek(new BigDecimal("28125")))).isEqualTo("28125.00");
    }

    @Test
    void credits_rates_days_times_and_organisation_numbers() {
        assertThat(Formats.hp(new BigDecimal("7.50"), SV)).isEqualTo("7,5\u00a0hp");
        assertThat(Formats.hp(new BigDecimal("15"), Locale.ENGLISH)).isEqualTo("15\u00a0hp");
        assertThat(Formats.decimal(new BigDecimal("25.00"), SV)).isEqualTo("25");
        assertThat(Formats.decimal(new BigDecimal("12.50"), SV)).isEqualTo("12,5");
        assertThat(Formats.decimal(new BigDecimal("12.50"), Locale.ENGLISH)).isEqualTo("12.5");
        assertThat(Formats.day(LocalDate.of(2027, 1, 15), SV)).isEqualTo("2027-01-15");
        // Stockholm's winter time is UTC+1.
        assertThat(Formats.time(Instant.parse("2026-12-06T18:33:00Z"), SV)).isEqualTo("2026-12-06 19:33");
        assertThat(Formats.orgnr("5566778808")).isEqualTo("556677-8808");
        assertThat(Formats.orgnr("not a number")).isEqualTo("not a number");
    }

    @Test
    void a_status_has_a_tone_that_does_not_rely_on_colour_alone() {
        assertThat(Formats.tone("PAID")).isEqualTo("good");
        assertThat(Formats.tone("PENDING")).isEqualTo("wait");
        assertThat(Formats.tone("OVERDUE")).isEqualTo("bad");
        assertThat(Formats.tone("SOMETHING_NEW")).isEqualTo("neutral");
    }
}
