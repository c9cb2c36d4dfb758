package se.uppdrag.invoicing.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.uppdrag.invoicing.domain.Billable;
import se.uppdrag.invoicing.domain.EnrolmentStatus;

@ApplicationScoped
public class BillableRepository implements PanacheRepositoryBase<Billable, UUID> {

    public Optional<Billable> findForUpdate(UUID enrolmentId) {
        return findByIdOptional(enrolmentId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Orders with something due, with the moment it is due for, ready to bill: due by {@code now}, and
     * <ul>
     * <li>every enrolment the order named has been heard of; or, for an order whose size its events did not say,
     * nothing became due since {@code settledBefore}; and</li>
     * <li>no enrolment of the order still waits for the same decision (confirmation of a PENDING seat, completion of
     * a CONFIRMED one, or of the rest of the order for a funder's shares),</li>
     * </ul>
     * unless the oldest due enrolment has waited since before {@code impatientBefore}, when what is due is billed
     * anyway. So an order confirmed or completed as a whole is billed on one invoice, at once when the last of its
     * events is in, however late and spread out they arrive.
     */
    public List<DueGroup> dueGroups(Instant now, Instant settledBefore, Instant impatientBefore, int limit) {
        return getEntityManager()
                .createQuery("""
                select b.orderId, b.dueMoment from Billable b where b.dueMoment is not null
                 group by b.orderId, b.dueMoment
                having max(b.dueSince) <= :now
                   and (min(b.dueSince) < :impatient
                        or ((select count(*) from Billable k where k.orderId = b.orderId) >= max(b.orderSize)
                            or (max(b.orderSize) is null and max(b.dueSince) < :settled))
                           and not exists (select 1 from Billable w where w.orderId = b.orderId
                               and ((b.dueMoment = :confirmation and w.status = :pending)
                                 or (b.dueMoment in (:completion, :funding) and w.status = :confirmed))))
                 order by min(b.dueSince)""", Object[].class)
                .setParameter("now", now)
                .setParameter("settled", settledBefore)
                .setParameter("impatient", impatientBefore)
                .setParameter("confirmation", Billable.Moment.CONFIRMATION)
                .setParameter("completion", Billable.Moment.COMPLETION)
                .setParameter("funding", Billable.Moment.FUNDING)
                .setParameter("pending", EnrolmentStatus.PENDING)
                .setParameter("confirmed", EnrolmentStatus.CONFIRMED)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new DueGroup((UUID) row[0], (Billable.Moment) row[1]))
                .toList();
    }

    /** An order's enrolments due at one moment: billed together on one invoice. */
    public record DueGroup(UUID orderId, Billable.Moment moment) {}

    /** The due enrolments of one order and moment, locked so two issuers cannot bill them both. */
    public List<Billable> dueFor(UUID orderId, Billable.Moment moment) {
        return find("orderId = ?1 and dueMoment = ?2 order by participant, enrolmentId", orderId, moment)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }
}
