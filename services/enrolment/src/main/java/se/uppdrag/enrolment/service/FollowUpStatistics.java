package se.uppdrag.enrolment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import se.uppdrag.enrolment.domain.StatisticsDimension;
import se.uppdrag.enrolment.repository.StatisticsRepository;
import se.uppdrag.enrolment.repository.StatisticsRepository.Counts;
import se.uppdrag.platform.security.Viewer;

/**
 * Follow-up figures for a programme's funders and research: per university, course or employer, for the occasions
 * starting in a year, how many participants were ordered, confirmed, completed and not, and the credits awarded.
 * Aggregates only: no participant is named or can be told apart.
 */
@ApplicationScoped
public class FollowUpStatistics {

    @Inject
    StatisticsRepository statistics;

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
            BigDecimal completionRate) {

        static Row of(Counts c) {
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
                                    .divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP));
        }
    }

    public record Statistics(int year, StatisticsDimension by, List<Row> rows, Row total) {}

    @Transactional
    public Statistics of(Viewer viewer, StatisticsDimension by, int year) {
        List<Row> rows =
                statistics.counts(viewer, by, year).stream().map(Row::of).toList();
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
        return new Statistics(year, by, rows, Row.of(total));
    }
}
