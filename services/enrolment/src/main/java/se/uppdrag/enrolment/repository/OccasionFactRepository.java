package se.uppdrag.enrolment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import se.uppdrag.enrolment.domain.OccasionFact;

@ApplicationScoped
public class OccasionFactRepository implements PanacheRepositoryBase<OccasionFact, UUID> {

    /**
     * Locks the occasion: every change to its seats (orders, cancellations, promotions) runs one at a time per
     * occasion, which is what keeps it from being overbooked. Always taken before an agreement's lock.
     */
    public Optional<OccasionFact> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
