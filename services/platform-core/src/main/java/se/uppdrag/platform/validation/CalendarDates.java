package se.uppdrag.platform.validation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The dates the platform takes from outside: ISO calendar dates written {@code YYYY-MM-DD}, nothing before or after,
 * in 1900–2199. Java reads far more (a five-digit year with a sign, an epoch day from a number); every reader
 * downstream, PostgreSQL's range aside, would then meet a date it cannot handle, so the door refuses it.
 */
public final class CalendarDates {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2199, 12, 31);
    /** What a client is told when a date is refused. */
    public static final String RULE = "must be a date written YYYY-MM-DD between " + FIRST + " and " + LAST;

    private static final Pattern SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private CalendarDates() {}

    /** The date the text names, or empty when it is not exactly an ISO date in range. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.length() != 10 || !SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            return inRange(date) ? Optional.of(date) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static boolean inRange(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }
}
