package se.uppdrag.catalogue.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import se.uppdrag.catalogue.service.LearningPathService.PathWithCourses;

public record LearningPathView(
        UUID id, String title, String description, String publishedBy, BigDecimal totalCredits, List<Step> courses) {

    public record Step(
            int position,
            UUID courseId,
            String university,
            String universityName,
            String code,
            String title,
            BigDecimal credits) {}

    static LearningPathView of(PathWithCourses p, Universities universities) {
        List<Step> steps = IntStream.range(0, p.courses().size())
                .mapToObj(i -> {
                    var c = p.courses().get(i);
                    return new Step(
                            i + 1, c.id, c.university, universities.nameOf(c.university), c.code, c.title, c.credits);
                })
                .toList();
        BigDecimal total = steps.stream().map(Step::credits).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new LearningPathView(
                p.path().id, p.path().title, p.path().description, p.path().publishedBy, total, steps);
    }
}
