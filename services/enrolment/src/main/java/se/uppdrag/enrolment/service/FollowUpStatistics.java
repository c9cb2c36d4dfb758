package se.uppdrag.enrolment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import se.uppdrag.enrolment.domain.StatisticsDimension;
import se.uppdrag.enrolment.repository.StatisticsRepository;
import se.uppdrag.enrolment.repository.StatisticsRepository.Counts;
import se.uppdrag.enrolment.repository.StatisticsRepository.EvaluationCounts;
import se.uppdrag.platform.security.Viewer;

/**
 * Follow-up figures for a programme's funders and research: per university, course or employer, for the occasions
 * starting in a year, how many participants were ordered, confirmed, completed and not, the credits awarded, and
 * how the courses were evaluated (response rate; averages only from five answers).
 * Aggregates only: no participant is named or can be told apart.
 */
@ApplicationScoped
public class FollowUpStatistics {

    @Inject
    StatisticsRepository statistics;

    @Inject
    EnrolmentConfig config;

    /** One group: its counts and the share of those with a result who completed (null before any result). */
    public record Row(
            String key,
            String label,
            long ordered,
            long confirmed,
            long completed,
            long notCompleted,
            long cancelled,
            long rejected,
            long waitlisted,
            BigDecimal creditsAwarded,
            BigDecimal completionRate,
            long evaluationsInvited,
            long evaluationsAnswered,
            BigDecimal evaluationResponseRate,
            Evaluation evaluation) {

        static Row of(Counts c, EvaluationCounts ev, int minimumAnswers) {
            long decided = c.completed() + c.notCompleted();
            return new Row(
                    c.key(),
                    c.label(),
                    c.ordered(),
                    c.confirmed(),
                    c.completed(),
                    c.notCompleted(),
                    c.cancelled(),
                    c.rejected(),
                    c.waitlisted(),
                    c.creditsAwarded(),
                    decided == 0
                            ? null
                            : BigDecimal.valueOf(c.completed() * 100L)
                                    .divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP),
                    ev.invited(),
                    ev.answered(),
                    ev.invited() == 0
                            ? null
                            : BigDecimal.valueOf(ev.answered() * 100L)
                                    .divide(BigDecimal.valueOf(ev.invited()), 1, RoundingMode.HALF_UP),
                    ev.answered() < minimumAnswers ? null : Evaluation.of(ev));
        }
    }

    /** The standard questions' averages (1-5), only for a group with enough answers that none can be told apart. */
    public record Evaluation(BigDecimal overall, BigDecimal relevance, BigDecimal teaching, BigDecimal organisation) {

        static Evaluation of(EvaluationCounts ev) {
            return new Evaluation(
                    average(ev.overall(), ev.answered()),
                    average(ev.relevance(), ev.answered()),
                    average(ev.teaching(), ev.answered()),
                    average(ev.organisation(), ev.answered()));
        }

        private static BigDecimal average(long sum, long answers) {
            return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(answers), 1, RoundingMode.HALF_UP);
        }
    }

    public record Statistics(int year, StatisticsDimension by, List<Row> rows, Row total) {}

    @Transactional
    public Statistics of(Viewer viewer, StatisticsDimension by, int year) {
        int minimum = config.evaluations().minimumAnswers();
        Map<String, EvaluationCounts> evaluations = statistics.evaluations(viewer, by, year);
        List<Counts> counts = statistics.counts(viewer, by, year);
        List<Row> rows = counts.stream()
                .map(c -> Row.of(c, evaluations.getOrDefault(c.key(), none(c.key())), minimum))
                .toList();
        Counts total = new Counts(
                "TOTAL",
                null,
                rows.stream().mapToLong(Row::ordered).sum(),
                rows.stream().mapToLong(Row::confirmed).sum(),
                rows.stream().mapToLong(Row::completed).sum(),
                rows.stream().mapToLong(Row::notCompleted).sum(),
                rows.stream().mapToLong(Row::cancelled).sum(),
                rows.stream().mapToLong(Row::rejected).sum(),
                rows.stream().mapToLong(Row::waitlisted).sum(),
                rows.stream().map(Row::creditsAwarded).reduce(BigDecimal.ZERO, BigDecimal::add));
        EvaluationCounts all = counts.stream()
                .map(c -> evaluations.getOrDefault(c.key(), none(c.key())))
                .reduce(
                        none("TOTAL"),
                        (a, b) -> new EvaluationCounts(
                                "TOTAL",
                                a.invited() + b.invited(),
                                a.answered() + b.answered(),
                                a.overall() + b.overall(),
                                a.relevance() + b.relevance(),
                                a.teaching() + b.teaching(),
                                a.organisation() + b.organisation()));
        return new Statistics(year, by, rows, Row.of(total, all, minimum));
    }

    private static EvaluationCounts none(String key) {
        return new EvaluationCounts(key, 0, 0, 0, 0, 0, 0);
    }
}
