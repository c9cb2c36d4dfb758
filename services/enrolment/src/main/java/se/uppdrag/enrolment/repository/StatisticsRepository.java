package se.uppdrag.enrolment.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.uppdrag.enrolment.domain.StatisticsDimension;
import se.uppdrag.platform.security.Viewer;

/**
 * Counts of enrolments and their evaluations per university, course or employer for the occasions starting in one
 * year: no one's name.
 */
@ApplicationScoped
public class StatisticsRepository {

    @Inject
    EntityManager entityManager;

    /** One group's counts; {@code key} the organisation number or course id, {@code label} a course's code and title. */
    public record Counts(
            String key,
            String label,
            long ordered,
            long confirmed,
            long completed,
            long notCompleted,
            long cancelled,
            long rejected,
            long waitlisted,
            BigDecimal creditsAwarded) {}

    /** One group's course evaluations: invited, answered, and the sums of the standard questions' scores. */
    public record EvaluationCounts(
            String key, long invited, long answered, long overall, long relevance, long teaching, long organisation) {}

    /** The evaluations of the same groups (invitations by the enrolment's side, answers by their own columns). */
    @SuppressWarnings("unchecked")
    public Map<String, EvaluationCounts> evaluations(Viewer viewer, StatisticsDimension by, int year) {
        String inYear = " where o.start_date >= make_date(:year, 1, 1) and o.start_date < make_date(:year + 1, 1, 1)";
        Query invited = entityManager.createNativeQuery("select " + key("e", by) + ", count(*)"
                + " from evaluation_invitation i join enrolment e on e.id = i.enrolment_id"
                + " join occasion_fact o on o.occasion_id = i.occasion_id" + inYear + scope("e", viewer)
                + " group by 1");
        Query answered = entityManager.createNativeQuery("select " + key("a", by) + ", count(*), sum(a.overall),"
                + " sum(a.relevance), sum(a.teaching), sum(a.organisation)"
                + " from evaluation_answer a join occasion_fact o on o.occasion_id = a.occasion_id" + inYear
                + scope("a", viewer) + " group by 1");
        for (Query q : List.of(invited, answered)) {
            q.setParameter("year", year);
            if (!viewer.isOperator()) {
                q.setParameter("org", viewer.organisation());
            }
        }
        Map<String, EvaluationCounts> byKey = new HashMap<>();
        for (Object[] row : (List<Object[]>) invited.getResultList()) {
            byKey.put((String) row[0], new EvaluationCounts((String) row[0], number(row[1]), 0, 0, 0, 0, 0));
        }
        for (Object[] row : (List<Object[]>) answered.getResultList()) {
            String key = (String) row[0];
            long invitedCount = byKey.containsKey(key) ? byKey.get(key).invited() : 0;
            byKey.put(
                    key,
                    new EvaluationCounts(
                            key,
                            invitedCount,
                            number(row[1]),
                            number(row[2]),
                            number(row[3]),
                            number(row[4]),
                            number(row[5])));
        }
        return byKey;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static String key(String table, StatisticsDimension by) {
        return switch (by) {
            case UNIVERSITY -> table + ".university";
            case EMPLOYER -> table + ".employer";
            case COURSE -> "cast(" + table + ".course_id as varchar)";
        };
    }

    private static String scope(String table, Viewer viewer) {
        return switch (viewer.side()) {
            case OPERATOR -> "";
            case UNIVERSITY -> " and " + table + ".university = :org";
            case EMPLOYER -> " and " + table + ".employer = :org";
        };
    }

    @SuppressWarnings("unchecked")
    public List<Counts> counts(Viewer viewer, StatisticsDimension by, int year) {
        String key = key("e", by);
        String label = by == StatisticsDimension.COURSE ? "max(o.course_code || ' ' || o.title)" : "null";
        String scope = scope("e", viewer);
        Query query = entityManager.createNativeQuery("select " + key + ", " + label + ", count(*),"
                + " count(*) filter (where e.status in ('CONFIRMED', 'COMPLETED', 'NOT_COMPLETED')),"
                + " count(*) filter (where e.status = 'COMPLETED'),"
                + " count(*) filter (where e.status = 'NOT_COMPLETED'),"
                + " count(*) filter (where e.status = 'CANCELLED'),"
                + " count(*) filter (where e.status = 'REJECTED'),"
                + " count(*) filter (where e.status = 'WAITLISTED'),"
                + " coalesce(sum(e.credits_awarded), 0)"
                + " from enrolment e join occasion_fact o on o.occasion_id = e.occasion_id"
                + " where o.start_date >= make_date(:year, 1, 1) and o.start_date < make_date(:year + 1, 1, 1)"
                + scope
                + " group by " + key + " order by count(*) desc, " + key);
        query.setParameter("year", year);
        if (!viewer.isOperator()) {
            query.setParameter("org", viewer.organisation());
        }
        return ((List<Object[]>) query.getResultList())
                .stream()
                        .map(row -> new Counts(
                                (String) row[0],
                                (String) row[1],
                                ((Number) row[2]).longValue(),
                                ((Number) row[3]).longValue(),
                                ((Number) row[4]).longValue(),
                                ((Number) row[5]).longValue(),
                                ((Number) row[6]).longValue(),
                                ((Number) row[7]).longValue(),
                                ((Number) row[8]).longValue(),
                                (BigDecimal) row[9]))
                        .toList();
    }
}
