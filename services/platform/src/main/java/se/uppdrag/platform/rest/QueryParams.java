package se.uppdrag.platform.rest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import se.uppdrag.platform.errors.ProblemException;
import se.uppdrag.platform.repository.SortOrder;
import se.uppdrag.platform.validation.CalendarDates;

/**
 * Reads query parameters with a 400 that names the parameter when one is malformed (JAX-RS's own conversion would
 * answer 404, which tells a caller nothing).
 */
public final class QueryParams {

    public static final int MAX_PAGE_SIZE = 100;
    /** Deep enough for any list a person pages through; page × size stays far inside an int (a row offset). */
    public static final int MAX_PAGE = 1_000_000;

    private QueryParams() {}

    public static LocalDate date(String name, String value) {
        if (blank(value)) {
            return null;
        }
        // strip, not trim: trim would also take away control characters, a NUL among them.
        return CalendarDates.parse(value.strip())
                .orElseThrow(() -> ProblemException.invalidField(name, CalendarDates.RULE));
    }

    /** A calendar year from 2000 to 2100; {@code fallback} when none is given. */
    public static int year(String name, String value, int fallback) {
        if (blank(value)) {
            return fallback;
        }
        try {
            int year = Integer.parseInt(value.strip());
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // refused below, as a year out of range is
        }
        throw ProblemException.invalidField(name, "must be a year from 2000 to 2100");
    }

    public static UUID uuid(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "must be a UUID");
        }
    }

    public static <E extends Enum<E>> E enumeration(String name, String value, Class<E> type) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /**
     * A list's order: a sortable field's API name ({@code dueDate}), with a leading '-' for descending
     * ({@code -dueDate}); null when none is asked.
     */
    public static <F extends Enum<F> & SortOrder.Field> SortOrder<F> sort(String name, String value, Class<F> fields) {
        if (value == null || value.isBlank()) {
            return null;
        }
        boolean descending = value.startsWith("-");
        String wanted = descending ? value.substring(1) : value;
        for (F field : fields.getEnumConstants()) {
            if (field.apiName().equals(wanted)) {
                return new SortOrder<>(field, descending);
            }
        }
        throw ProblemException.invalidField(
                name,
                "must be one of "
                        + Arrays.stream(fields.getEnumConstants())
                                .map(SortOrder.Field::apiName)
                                .collect(Collectors.toCollection(TreeSet::new))
                        + ", with '-' before it for descending");
    }

    public static String text(String name, String value, int maxLength) {
        if (blank(value)) {
            return null;
        }
        if (value.length() > maxLength) {
            throw ProblemException.invalidField(name, "must be at most " + maxLength + " characters");
        }
        return value.trim();
    }

    public static int page(Integer page) {
        if (page == null) {
            return 0;
        }
        if (page < 0 || page > MAX_PAGE) {
            throw ProblemException.invalidField("page", "must be between 0 and " + MAX_PAGE);
        }
        return page;
    }

    public static int size(Integer size, int fallback) {
        if (size == null) {
            return fallback;
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.invalidField("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return size;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
