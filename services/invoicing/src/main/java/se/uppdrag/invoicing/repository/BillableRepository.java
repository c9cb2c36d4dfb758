package se.uppdrag.invoicing.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.uppdrag.invoicing.domain.Billable;

@ApplicationScoped
public class BillableRepository implements PanacheRepositoryBase<Billable, UUID> {

    public Optional<Billable> findForUpdate(UUID enrolmentId) {
        return findByIdOptional(enrolmentId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Orders with something due since before {@code settledBefore}, with the moment it is due for. */
    public List<Object[]> dueGroups(Instant settledBefore, int limit) {
        return getEntityManager().createQuery("select b.orderId, b.dueMoment from Billable b where b.dueMoment is not null "
                + "group by b.orderId, b.dueMoment having max(b.dueSince) < :settled order by min(b.dueSince)", Object[].class)
                .setParameter("settled", settledBefore).setMaxResults(limit).getResultList();
    }

    /** The due enrolments of one order and moment, locked so two issuers cannot bill them both. */
    public List<Billable> dueFor(UUID orderId, String moment) {
        return find("orderId = ?1 and dueMoment = ?2 order by participant, enrolmentId", orderId, moment)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
