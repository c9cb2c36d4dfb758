package se.uppdrag.enrolment.service;

import java.util.List;

/**
 * One participant mail as its templates lay it out: greeting, paragraphs, the occasion's details, a link to act on,
 * signature.
 */
public record ParticipantMail(
        String language,
        String subject,
        String greeting,
        List<String> paragraphs,
        List<Detail> details,
        Link link,
        String signature,
        String footer) {

    public record Detail(String label, String value) {}

    /** Where the participant acts (the evaluation form): a button in HTML, the address on a line of its own in text. */
    public record Link(String label, String href) {}
}
