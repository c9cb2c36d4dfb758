package se.uppdrag.enrolment.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.uppdrag.enrolment.service.Evaluations;

/** An occasion's evaluation results as the caller may see them: aggregates only, none below the minimum. */
public record EvaluationResultsView(
        UUID occasionId,
        UUID courseId,
        @Schema(example = "KUS101") String courseCode,
        @Schema(example = "Industrial machine learning") String title,
        LocalDate startDate,
        LocalDate endDate,

        @Schema(description = "Participants invited (for an employer: its own staff)", example = "8")
        long invited,

        @Schema(example = "6") long answered,

        @Schema(description = "Per cent of those invited who answered", example = "75")
        BigDecimal responseRate,

        @Schema(description = "Figures are shown from this many answers", example = "5")
        int minimumAnswers,

        @Schema(description = "False: too few answers to show anything")
        boolean shown,

        List<QuestionResult> questions,

        @Schema(description = "The participants' comments, to the university only")
        List<String> comments) {

    public record QuestionResult(
            @Schema(
                    description = "overall, relevance, teaching, organisation, or the id of the course's own question",
                    example = "overall")
            String key,

            @Schema(description = "The course's own question; absent for the standard ones")
            String text,

            @Schema(description = "Average 1-5, one decimal", example = "4.2")
            BigDecimal average,

            @Schema(example = "6") long answers,

            @Schema(description = "How many answered 1, 2, 3, 4 and 5", example = "[0, 0, 1, 3, 2]")
            List<Long> distribution) {}

    static EvaluationResultsView of(Evaluations.Results r) {
        return new EvaluationResultsView(
                r.occasion().occasionId,
                r.occasion().courseId,
                r.occasion().courseCode,
                r.occasion().title,
                r.occasion().startDate,
                r.occasion().endDate,
                r.invited(),
                r.answered(),
                r.responseRate(),
                r.minimumAnswers(),
                r.shown(),
                r.questions().stream()
                        .map(q -> new QuestionResult(q.key(), q.text(), q.average(), q.answers(), q.distribution()))
                        .toList(),
                r.comments());
    }
}
