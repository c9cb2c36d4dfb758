package se.uppdrag.enrolment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import se.uppdrag.enrolment.domain.AgreementFact;

@ApplicationScoped
public class AgreementFactRepository implements PanacheRepositoryBase<AgreementFact, UUID> {

    /** Locks the agreement's quota; taken after the occasion's lock, never before. */
    public Optional<AgreementFact> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Locks an agreement read earlier in the transaction and reads it again, so what it counts is current. */
    public void lockFresh(AgreementFact agreement) {
        getEntityManager().refresh(agreement, LockModeType.PESSIMISTIC_WRITE);
    }
}
