package se.uppdrag.contracts.catalogue;

import java.math.BigDecimal;
import java.util.UUID;

/** Payload of CoursePublished and CourseChanged: a course as it now is. */
public record CourseSnapshot(
        UUID courseId,
        String university,
        String code,
        String title,
        BigDecimal credits,
        String cycle,
        String subject,
        String language) {}
