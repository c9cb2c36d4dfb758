package se.uppdrag.platform.logging;

import io.quarkus.logging.LoggingFilter;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.logging.Filter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Masks anything shaped like a Swedish personal identity number in a log record before a handler writes it: in the
 * message and in the messages of the exception chain it carries. Our own code never logs one, but a library can: a
 * JDBC batch that fails because the database went away reports the statement with its bound values, and Hibernate
 * and the transaction manager log that text. Installed on every handler by the shared configuration.
 */
@LoggingFilter(name = PersonalDataRedaction.NAME)
public final class PersonalDataRedaction implements Filter {

    public static final String NAME = "personal-data";
    static final String MASK = "[personal identity number]";

    /**
     * YYYYMMDD-NNNN, YYMMDD-NNNN, YYMMDD+NNNN and the same without the sign, where MM is a month and DD a day (or a
     * coordination number's day + 60). A month of 13 or more leaves organisation numbers alone; the guards keep digits
     * inside longer numbers and identifiers (a UUID's last group) from matching.
     */
    private static final Pattern PERSONAL_IDENTITY_NUMBER = Pattern.compile(
            "(?<![0-9A-Za-z-])(?:19|20)?[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]|6[1-9]|[78][0-9]|9[01])"
                    + "[-+]?[0-9]{4}(?![0-9A-Za-z])");

    private static final Formatter PLAIN = new Formatter() {
        @Override
        public String format(LogRecord record) {
            return formatMessage(record);
        }
    };

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = formatted(record);
        if (message != null && PERSONAL_IDENTITY_NUMBER.matcher(message).find()) {
            String redacted = redact(message);
            if (record instanceof ExtLogRecord ext) {
                ext.setMessage(redacted, ExtLogRecord.FormatStyle.NO_FORMAT);
            } else {
                record.setMessage(redacted);
            }
            record.setParameters(null);
        }
        Throwable thrown = record.getThrown();
        if (thrown != null && mentionsOne(thrown, new IdentityHashMap<>())) {
            record.setThrown(redacted(thrown, new IdentityHashMap<>()));
        }
        return true;
    }

    /** The text with every personal identity number in it replaced by a mask. */
    public static String redact(String text) {
        return text == null ? null : PERSONAL_IDENTITY_NUMBER.matcher(text).replaceAll(MASK);
    }

    @SuppressWarnings("deprecation") // the log manager's own formatting of its record; its successor needs a formatter
    private static String formatted(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            return ext.getFormattedMessage();
        }
        return record.getMessage() == null ? null : PLAIN.formatMessage(record);
    }

    private static boolean mentionsOne(Throwable thrown, Map<Throwable, Boolean> seen) {
        if (thrown == null || seen.put(thrown, Boolean.TRUE) != null) {
            return false;
        }
        String text = thrown.toString();
        if (PERSONAL_IDENTITY_NUMBER.matcher(text).find() || mentionsOne(thrown.getCause(), seen)) {
            return true;
        }
        return Arrays.stream(thrown.getSuppressed()).anyMatch(suppressed -> mentionsOne(suppressed, seen));
    }

    /** A copy of the chain that prints as the original does (class, message, frames), with the numbers masked. */
    private static Throwable redacted(Throwable original, Map<Throwable, Throwable> copies) {
        if (original == null) {
            return null;
        }
        Throwable known = copies.get(original);
        if (known != null) {
            return known;
        }
        RedactedThrowable copy = new RedactedThrowable(redact(original.toString()));
        copies.put(original, copy);
        copy.setStackTrace(original.getStackTrace());
        Throwable cause = original.getCause();
        if (cause != null && cause != original) {
            copy.initCause(redacted(cause, copies));
        }
        for (Throwable suppressed : original.getSuppressed()) {
            copy.addSuppressed(redacted(suppressed, copies));
        }
        return copy;
    }

    /** Stands in for a logged exception whose text held personal data; printed under the original's name. */
    static final class RedactedThrowable extends RuntimeException {

        private final String text;

        RedactedThrowable(String text) {
            super(text);
            this.text = text;
        }

        @Override
        @SuppressWarnings("OverrideThrowableToString") // the original's "Type: message", redacted, is the text
        public String toString() {
            return text;
        }
    }
}
