package se.uppdrag.enrolment.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.List;
import se.uppdrag.enrolment.domain.StatisticsDimension;
import se.uppdrag.platform.security.Viewer;

/** Counts of enrolments per university, course or employer for the occasions starting in one year: no one's name. */
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

    @SuppressWarnings("unchecked")
    public List<Counts> counts(Viewer viewer, StatisticsDimension by, int year) {
        String key = switch (by) {
            case UNIVERSITY -> "e.university";
            case EMPLOYER -> "e.employer";
            case COURSE -> "cast(e.course_id as varchar)";
        };
        String label = by == StatisticsDimension.COURSE ? "max(o.course_code || ' ' || o.title)" : "null";
        String scope = switch (viewer.side()) {
            case OPERATOR -> "";
            case UNIVERSITY -> " and e.university = :org";
            case EMPLOYER -> " and e.employer = :org";
        };
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
