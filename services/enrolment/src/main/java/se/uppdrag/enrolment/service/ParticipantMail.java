package se.uppdrag.enrolment.service;

import java.util.List;

/** One participant mail as its templates lay it out: greeting, paragraphs, the occasion's details, signature. */
public record ParticipantMail(
        String language,
        String subject,
        String greeting,
        List<String> paragraphs,
        List<Detail> details,
        String signature,
        String footer) {

    public record Detail(String label, String value) {}
}
