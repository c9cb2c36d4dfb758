package se.uppdrag.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class CalendarEventTest {

    private static final Instant STAMP = Instant.parse("2027-01-10T08:30:00Z");

    private static CalendarEvent event(String summary, String location) {
        return new CalendarEvent(
                "8f8e3c1e-5a51-4c4f-9d3e-1d2f3a4b5c6d@uppdrag.localhost",
                2,
                LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 3, 31),
                summary,
                "Beställt av Verkstadsbolaget Nord AB; order 4711.\nVälkommen!",
                location,
                "https://kustland.example/kus101",
                new CalendarEvent.Person("Kustlands högskola", "noreply@uppdrag.localhost"),
                new CalendarEvent.Person("Anna \"Ankan\" Berg", "anna.berg@verkstad.example"));
    }

    @Test
    void anInvitationIsACalendarTheParserReadsBackWithTheOccasionsWholeDays() throws Exception {
        CalendarEvent.Written written = event("KUS101 Industriell maskininlärning, 7,5 hp", "Kustby; sal A1")
                .request(STAMP);

        Calendar calendar = new CalendarBuilder().build(new StringReader(written.content()));
        VEvent event = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();

        assertThat(written.method()).isEqualTo(CalendarEvent.Method.REQUEST);
        assertThat(written.contentType()).isEqualTo("text/calendar; method=REQUEST; charset=UTF-8");
        assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
        assertThat(value(event, Property.UID)).isEqualTo("8f8e3c1e-5a51-4c4f-9d3e-1d2f3a4b5c6d@uppdrag.localhost");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(event, Property.DTSTART)).isEqualTo("20270201");
        assertThat(value(event, Property.DTEND)).as("the end is exclusive").isEqualTo("20270401");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("KUS101 Industriell maskininlärning, 7,5 hp");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Kustby; sal A1");
        assertThat(value(event, Property.DESCRIPTION))
                .isEqualTo("Beställt av Verkstadsbolaget Nord AB; order 4711.\nVälkommen!");
        assertThat(value(event, Property.ATTENDEE)).isEqualTo("mailto:anna.berg@verkstad.example");
        assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:noreply@uppdrag.localhost");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
    }

    @Test
    void aCancellationKeepsTheUidAndSaysCancelled() throws Exception {
        CalendarEvent.Written written = event("KUS101", null).cancel(STAMP);

        Calendar calendar = new CalendarBuilder().build(new StringReader(written.content()));
        VEvent event = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();

        assertThat(value(calendar, Property.METHOD)).isEqualTo("CANCEL");
        assertThat(value(event, Property.UID)).isEqualTo("8f8e3c1e-5a51-4c4f-9d3e-1d2f3a4b5c6d@uppdrag.localhost");
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(event.getProperty(Property.LOCATION)).isEmpty();
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String summary = "Åäö ".repeat(60);
        String content = event(summary, "Kustby").request(STAMP).content();

        assertThat(content).endsWith("END:VCALENDAR\r\n");
        assertThat(content.split("\r\n"))
                .allSatisfy(line ->
                        assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        String unfolded = content.replace("\r\n ", "");
        assertThat(Arrays.asList(unfolded.split("\r\n"))).contains("SUMMARY:" + summary);
    }

    @Test
    void anEventCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new CalendarEvent(
                        "x",
                        0,
                        LocalDate.of(2027, 2, 1),
                        LocalDate.of(2027, 1, 31),
                        "s",
                        null,
                        null,
                        null,
                        new CalendarEvent.Person("o", "o@example.org"),
                        new CalendarEvent.Person("a", "a@example.org")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String value(Calendar calendar, String name) {
        return calendar.getProperty(name).orElseThrow().getValue();
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).orElseThrow().getValue();
    }
}
