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
import se.uppdrag.enrolment.domain.Enrolment;
import se.uppdrag.enrolment.domain.EnrolmentStatus;
import se.uppdrag.platform.repository.PageOf;
import se.uppdrag.platform.security.Viewer;

@ApplicationScoped
public class EnrolmentRepository implements PanacheRepositoryBase<Enrolment, UUID> {

    /** Confirmed enrolments not yet reminded whose occasion starts between the two days, soonest first. */
    public List<UUID> dueForReminder(LocalDate from, LocalDate to, int limit) {
        return getEntityManager()
                .createQuery(
                        "select e.id from Enrolment e, OccasionFact o where o.occasionId = e.occasionId"
                                + " and e.status = :confirmed and e.remindedAt is null"
                                + " and o.startDate >= :from and o.startDate <= :to order by o.startDate, e.id",
                        UUID.class)
                .setParameter("confirmed", EnrolmentStatus.CONFIRMED)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(limit)
                .getResultList();
    }

    public List<Enrolment> ofOrder(UUID orderId) {
        return list("orderId = ?1 order by createdAt, id", orderId);
    }

    public List<Enrolment> ofOrders(Collection<UUID> orderIds) {
        return orderIds.isEmpty() ? List.of() : list("orderId in ?1 order by createdAt, id", orderIds);
    }

    public Optional<Enrolment> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The waiting list of an occasion, first in line first. */
    public List<Enrolment> waitlist(UUID occasionId) {
        return list(
                "occasionId = ?1 and status = ?2 order by waitlistPosition", occasionId, EnrolmentStatus.WAITLISTED);
    }

    public List<Enrolment> inStatus(UUID occasionId, Collection<EnrolmentStatus> statuses) {
        return list("occasionId = ?1 and status in ?2 order by createdAt, id", occasionId, statuses);
    }

    /** Which of these employees of the employer already hold or wait for a seat on the occasion. */
    public List<String> liveEmployeeNumbers(UUID occasionId, String employer, List<String> employeeNumbers) {
        // One array parameter, not a list: Hibernate rebuilds a query's SQL on every execution with a list bound. No
        // result class: Hibernate's plan cache keeps a new plan for every execution of a native query given a basic
        // one (String, UUID, ...), until its 2 048 plans, all alike, cost each query a walk through them.
        List<?> numbers = getEntityManager()
                .createNativeQuery("""
                select employee_number from enrolment
                 where occasion_id = ?1 and employer = ?2 and employee_number = any(cast(?3 as text[]))
                   and status in ('PENDING', 'CONFIRMED', 'WAITLISTED')
                 order by employee_number""")
                .setParameter(1, occasionId)
                .setParameter(2, employer)
                .setParameter(3, employeeNumbers.toArray(String[]::new))
                .getResultList();
        return numbers.stream().map(String.class::cast).toList();
    }

    /** The participant list of an occasion; for an employer only its own staff. */
    /** Everyone on the occasion for its university (or an operator); an employer's own staff for an employer. */
    public List<Enrolment> onOccasion(UUID occasionId, Viewer viewer) {
        return !viewer.isEmployer()
                ? list("occasionId = ?1 order by participant.familyName, participant.givenName, id", occasionId)
                : list(
                        "occasionId = ?1 and employer = ?2 order by participant.familyName, participant.givenName, id",
                        occasionId,
                        viewer.organisation());
    }

    /** A university's enrolments (or an employer's own), narrowed by status and occasion, oldest first. */
    public PageOf<Enrolment> visibleTo(Viewer viewer, EnrolmentStatus status, UUID occasionId, int page, int size) {
        StringBuilder where = new StringBuilder(
                viewer.isOperator() ? "1 = 1" : viewer.isUniversity() ? "university = :org" : "employer = :org");
        Map<String, Object> params = new HashMap<>();
        if (!viewer.isOperator()) {
            params.put("org", viewer.organisation());
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (occasionId != null) {
            where.append(" and occasionId = :occasion");
            params.put("occasion", occasionId);
        }
        var query = find(where + " order by createdAt, id", params);
        return new PageOf<>(query.page(Page.of(page, size)).list(), query.count());
    }

    /** Per status: how many of the agreement's enrolments, their prices and their cancellation fees. */
    public List<Object[]> usageByStatus(UUID agreementId) {
        return getEntityManager()
                .createQuery("""
                select e.status, count(e), coalesce(sum(e.price), 0), coalesce(sum(e.fee), 0) from Enrolment e
                 where e.agreementId = :agreement group by e.status""", Object[].class)
                .setParameter("agreement", agreementId)
                .getResultList();
    }

    /** An employer's enrolments on occasions starting within the period (either end open), at most {@code max}. */
    public List<Enrolment> forReport(String employer, LocalDate from, LocalDate to, int max) {
        StringBuilder occasions = new StringBuilder("select o.occasionId from OccasionFact o where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        params.put("employer", employer);
        if (from != null) {
            occasions.append(" and o.startDate >= :from");
            params.put("from", from);
        }
        if (to != null) {
            occasions.append(" and o.startDate <= :to");
            params.put("to", to);
        }
        return find(
                        "employer = :employer and occasionId in (" + occasions
                                + ") order by participant.employeeNumber, createdAt",
                        params)
                .range(0, max - 1)
                .list();
    }
}
