package se.uppdrag.agreement.domain;

import java.util.List;

/**
 * Where an organisation wants the platform's notices, per role: HR at an employer or funder, administrators and
 * finance at a university; and the language they are written in (sv or en).
 */
public record NotificationContacts(
        String language, List<String> employer, List<String> university, List<String> finance) {

    public static NotificationContacts none() {
        return new NotificationContacts("sv", List.of(), List.of(), List.of());
    }

    public NotificationContacts {
        language = language == null ? "sv" : language;
        employer = employer == null ? List.of() : List.copyOf(employer);
        university = university == null ? List.of() : List.copyOf(university);
        finance = finance == null ? List.of() : List.copyOf(finance);
    }
}
