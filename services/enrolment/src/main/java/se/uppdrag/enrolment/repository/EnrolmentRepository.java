package se.uppdrag.enrolment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.uppdrag.enrolment.domain.Enrolment;
import se.uppdrag.enrolment.domain.EnrolmentStatus;

@ApplicationScoped
public class EnrolmentRepository implements PanacheRepositoryBase<Enrolment, UUID> {

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
        return list("occasionId = ?1 and status = ?2 order by waitlistPosition", occasionId, EnrolmentStatus.WAITLISTED);
    }

    public List<Enrolment> inStatus(UUID occasionId, Collection<EnrolmentStatus> statuses) {
        return list("occasionId = ?1 and status in ?2 order by createdAt, id", occasionId, statuses);
    }

    /** Which of these employees of the employer already hold or wait for a seat on the occasion. */
    public List<String> liveEmployeeNumbers(UUID occasionId, String employer, List<String> employeeNumbers) {
        return getEntityManager().createQuery("""
                select e.participant.employeeNumber from Enrolment e
                 where e.occasionId = ?1 and e.employer = ?2 and e.participant.employeeNumber in ?3 and e.status in ?4
                 order by e.participant.employeeNumber""", String.class)
                .setParameter(1, occasionId).setParameter(2, employer).setParameter(3, employeeNumbers)
                .setParameter(4, List.of(EnrolmentStatus.PENDING, EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED))
                .getResultList();
    }

    /** The participant list of an occasion; for an employer only its own staff. */
    public List<Enrolment> onOccasion(UUID occasionId, String employerOrNull) {
        return employerOrNull == null
                ? list("occasionId = ?1 order by participant.familyName, participant.givenName, id", occasionId)
                : list("occasionId = ?1 and employer = ?2 order by participant.familyName, participant.givenName, id",
                        occasionId, employerOrNull);
    }

    /** An employer's enrolments on occasions starting within the period (either end open). */
    public List<Enrolment> forReport(String employer, LocalDate from, LocalDate to) {
        StringBuilder occasions = new StringBuilder("select o.occasionId from OccasionFact o where 1 = 1");
        io.quarkus.panache.common.Parameters params = io.quarkus.panache.common.Parameters.with("employer", employer);
        if (from != null) {
            occasions.append(" and o.startDate >= :from");
            params.and("from", from);
        }
        if (to != null) {
            occasions.append(" and o.startDate <= :to");
            params.and("to", to);
        }
        return list("employer = :employer and occasionId in (" + occasions
                + ") order by participant.employeeNumber, createdAt", params);
    }
}
