package se.uppdrag.platform.mail;

import java.util.Objects;
import java.util.UUID;

/**
 * A mail to record: who gets it, on whose behalf, in plain text and HTML, and an optional calendar object sent with
 * it. {@code kind} names why it is sent (SEAT_CONFIRMED…) and {@code about} what it is about (an enrolment), so its
 * fate can be shown next to that.
 */
public record OutgoingMail(
        String kind,
        UUID about,
        String recipient,
        String senderName,
        String subject,
        String text,
        String html,
        CalendarEvent.Written calendar) {

    public OutgoingMail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
