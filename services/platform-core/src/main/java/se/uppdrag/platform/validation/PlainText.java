package se.uppdrag.platform.validation;

import java.util.Optional;

/**
 * Text every reader can take: no control characters but tab and line breaks, no half of a surrogate pair. PostgreSQL
 * refuses NUL and stores a lone surrogate as '?'; exports, XML and terminals break on the other controls.
 */
public final class PlainText {

    private PlainText() {}

    /** What is wrong with the text, or empty when nothing is. */
    public static Optional<String> problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return Optional.of("must not contain control characters (found U+" + hex(c) + " at " + i + ")");
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("must not contain an unpaired surrogate (at " + i + ")");
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("must not contain an unpaired surrogate (at " + i + ")");
            }
        }
        return Optional.empty();
    }

    /** Whether the text holds a line break: fields shown on one line (names, codes) must not. */
    public static boolean hasLineBreak(String text) {
        return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
