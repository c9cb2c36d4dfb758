package se.uppdrag.enrolment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.uppdrag.enrolment.domain.OccasionFact;
import se.uppdrag.platform.repository.PageOf;

@ApplicationScoped
public class OccasionFactRepository implements PanacheRepositoryBase<OccasionFact, UUID> {

    /**
     * Locks the occasion: every change to its seats (orders, cancellations, promotions) runs one at a time per
     * occasion, which is what keeps it from being overbooked. Always taken before an agreement's lock.
     */
    public Optional<OccasionFact> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The university that gives a course, if any occasion of it is known here. */
    public Optional<String> universityOfCourse(UUID courseId) {
        return getEntityManager()
                .createQuery("select o.university from OccasionFact o where o.courseId = :c", String.class)
                .setParameter("c", courseId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * The occasions of these ids. One array parameter, not a list: Hibernate rebuilds a query's SQL on every
     * execution with a list bound.
     */
    @SuppressWarnings("unchecked")
    public List<OccasionFact> byIds(Collection<UUID> ids) {
        return getEntityManager()
                .createNativeQuery(
                        "select * from occasion_fact where occasion_id = any(cast(?1 as uuid[]))", OccasionFact.class)
                .setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
    }

    /**
     * The university's published occasions that take orders on the day, soonest first: of the courses given (all
     * when null) and, where prices are fixed per course, only of the priced ones (all when null).
     */
    public PageOf<OccasionFact> orderable(
            String university,
            UUID agreementId,
            LocalDate day,
            Collection<UUID> covered,
            Collection<UUID> priced,
            int page,
            int size) {
        // Closed occasions only under the agreement they were made for.
        StringBuilder where = new StringBuilder("university = :university and status = :published"
                + " and orderDeadline >= :day and (closedAgreement is null or closedAgreement = :agreement)");
        Map<String, Object> params = new HashMap<>();
        params.put("university", university);
        params.put("agreement", agreementId);
        params.put("published", OccasionFact.PUBLISHED);
        params.put("day", day);
        if (covered != null) {
            where.append(" and courseId in :covered");
            params.put("covered", covered.isEmpty() ? List.of(new UUID(0, 0)) : covered);
        }
        if (priced != null) {
            where.append(" and courseId in :priced");
            params.put("priced", priced.isEmpty() ? List.of(new UUID(0, 0)) : priced);
        }
        var query = find(where + " order by startDate, title, occasionId", params);
        return new PageOf<>(query.page(Page.of(page, size)).list(), query.count());
    }
}
