package se.uppdrag.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarDatesTest {

    @Test
    void reads_iso_dates_in_range() {
        assertThat(CalendarDates.parse("2027-01-31")).contains(LocalDate.of(2027, 1, 31));
        assertThat(CalendarDates.parse("1900-01-01")).contains(CalendarDates.FIRST);
        assertThat(CalendarDates.parse("2199-12-31")).contains(CalendarDates.LAST);
    }

    @Test
    void refuses_what_java_would_read_but_no_reader_downstream_can() {
        assertThat(CalendarDates.parse("+57467-08-27")).isEmpty();
        assertThat(CalendarDates.parse("1899-12-31")).isEmpty();
        assertThat(CalendarDates.parse("2200-01-01")).isEmpty();
        assertThat(CalendarDates.parse("2027-02-30")).isEmpty();
        assertThat(CalendarDates.parse("2027-01-01T00:00:00Z")).isEmpty();
        assertThat(CalendarDates.parse("2027-01-01\u0000")).isEmpty();
        assertThat(CalendarDates.parse("20270101")).isEmpty();
        assertThat(CalendarDates.parse("２０２７-01-01")).isEmpty();
        assertThat(CalendarDates.parse(null)).isEmpty();
    }
}
