package se.uppdrag.platform.mail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One event as an iCalendar invitation (RFC 5545 with the scheduling methods of RFC 5546), so Outlook, Google and
 * Apple calendars show it as an invitation and later replace or remove the same event: keep the {@code uid}, raise
 * the {@code sequence} with each change. An occasion runs over whole days, so the event does (DATE values, the end
 * exclusive), and it is transparent: weeks of part-time study should not mark the participant busy all day.
 */
public record CalendarEvent(
        String uid,
        int sequence,
        LocalDate firstDay,
        LocalDate lastDay,
        String summary,
        String description,
        String location,
        String url,
        Person organizer,
        Person attendee) {

    /** Someone named in the event: shown by name, reached by address. */
    public record Person(String name, String email) {}

    public enum Method {
        /** An invitation, or an update of one with a higher sequence. */
        REQUEST,
        /** The event is off for the attendee. */
        CANCEL
    }

    /** The calendar object as sent, and its method (also the {@code method} of its MIME type). */
    public record Written(Method method, String content) {

        public String contentType() {
            return "text/calendar; method=" + method + "; charset=UTF-8";
        }
    }

    private static final String PRODUCT = "-//Uppdrag//Commissioned education//EN";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** RFC 5545 3.1: content lines are folded at 75 octets. */
    private static final int LINE_OCTETS = 75;

    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(organizer, "organizer");
        Objects.requireNonNull(attendee, "attendee");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException(
                    "an event cannot end (" + lastDay + ") before it starts (" + firstDay + ")");
        }
    }

    /** The invitation, or the update of it that replaces the attendee's copy. */
    public Written request(Instant stamp) {
        return new Written(Method.REQUEST, write(Method.REQUEST, stamp));
    }

    /** The cancellation that removes it from the attendee's calendar. */
    public Written cancel(Instant stamp) {
        return new Written(Method.CANCEL, write(Method.CANCEL, stamp));
    }

    private String write(Method method, Instant stamp) {
        StringBuilder out = new StringBuilder(1024);
        line(out, "BEGIN:VCALENDAR");
        line(out, "PRODID:" + PRODUCT);
        line(out, "VERSION:2.0");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:" + method);
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + text(uid));
        line(out, "DTSTAMP:" + STAMP.format(stamp));
        line(out, "SEQUENCE:" + sequence);
        line(out, "DTSTART;VALUE=DATE:" + DAY.format(firstDay));
        line(out, "DTEND;VALUE=DATE:" + DAY.format(lastDay.plusDays(1)));
        line(out, "SUMMARY:" + text(summary));
        if (description != null && !description.isBlank()) {
            line(out, "DESCRIPTION:" + text(description));
        }
        if (location != null && !location.isBlank()) {
            line(out, "LOCATION:" + text(location));
        }
        if (url != null && !url.isBlank()) {
            line(out, "URL:" + url.strip());
        }
        line(out, "ORGANIZER;CN=" + parameter(organizer.name()) + ":mailto:" + organizer.email());
        line(
                out,
                "ATTENDEE;CN=" + parameter(attendee.name())
                        + ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:"
                        + attendee.email());
        line(out, "STATUS:" + (method == Method.CANCEL ? "CANCELLED" : "CONFIRMED"));
        line(out, "TRANSP:TRANSPARENT");
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** A parameter value, always quoted; a quote or control character cannot appear in one, so it goes. */
    static String parameter(String value) {
        String plain = value == null ? "" : value.replaceAll("[\"\\p{Cntrl}]", "");
        return "\"" + plain + "\"";
    }

    /** Writes one content line, folded so no physical line exceeds 75 octets and no UTF-8 character is split. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = LINE_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = LINE_OCTETS - 1; // the leading space of a continuation line counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
