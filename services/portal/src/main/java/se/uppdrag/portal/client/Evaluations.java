package se.uppdrag.portal.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The enrolment service's course evaluations, as the portal reads and sends them. */
public final class Evaluations {

    private Evaluations() {}

    /** A question of the form: a standard one by its key (overall…), or the course's own by its id and text. */
    public record Question(String key, String text) {

        public boolean isOwn() {
            return text != null;
        }
    }

    public record Form(
            String courseCode,
            String title,
            String university,
            LocalDate startDate,
            LocalDate endDate,
            String language,
            List<Question> questions) {}

    public record Answers(
            Integer overall,
            Integer relevance,
            Integer teaching,
            Integer organisation,
            Map<UUID, Integer> custom,
            String comment) {}

    public record QuestionResult(String key, String text, BigDecimal average, long answers, List<Long> distribution) {}

    public record Results(
            UUID occasionId,
            UUID courseId,
            String courseCode,
            String title,
            LocalDate startDate,
            LocalDate endDate,
            long invited,
            long answered,
            BigDecimal responseRate,
            int minimumAnswers,
            boolean shown,
            List<QuestionResult> questions,
            List<String> comments) {}

    public record OwnQuestion(UUID id, UUID courseId, String university, int position, String text) {}

    public record NewQuestion(UUID courseId, String text) {}
}
