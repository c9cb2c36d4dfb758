package se.uppdrag.catalogue.domain;

import java.time.LocalDate;

/** What a visitor can search occasions by; every criterion is optional. */
public record OccasionSearch(
        String text,
        String subject,
        String university,
        String language,
        DeliveryMode mode,
        LocalDate from,
        LocalDate to,
        boolean includeWithdrawn,
        int page,
        int size) {}
