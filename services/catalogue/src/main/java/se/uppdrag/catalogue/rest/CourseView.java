package se.uppdrag.catalogue.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import se.uppdrag.catalogue.domain.Course;
import se.uppdrag.catalogue.domain.Cycle;

public record CourseView(
        UUID id,
        String university,
        String universityName,
        String code,
        String title,
        String description,
        BigDecimal credits,
        Cycle cycle,
        String subject,
        String language,
        List<String> learningOutcomes,
        Instant createdAt,
        Instant updatedAt) {

    static CourseView of(Course c, Universities universities) {
        return new CourseView(
                c.id,
                c.university,
                universities.nameOf(c.university),
                c.code,
                c.title,
                c.description,
                c.credits,
                c.cycle,
                c.subject,
                c.language,
                List.copyOf(c.learningOutcomes),
                c.createdAt,
                c.updatedAt);
    }
}
