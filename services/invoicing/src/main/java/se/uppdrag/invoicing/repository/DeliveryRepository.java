package se.uppdrag.invoicing.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.uppdrag.invoicing.domain.Delivery;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    /**
     * Deliveries due for an attempt, oldest first, locked; those another sender is claiming right now are skipped
     * rather than waited for.
     */
    public List<Delivery> lockDue(Instant now, int limit) {
        return getEntityManager()
                .createQuery(
                        "from Delivery where status = 'PENDING' and nextAttemptAt <= :now order by nextAttemptAt",
                        Delivery.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED
                .getResultList();
    }

    public Map<UUID, Delivery> of(Collection<UUID> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        return list("documentId in ?1", documentIds).stream()
                .collect(Collectors.toMap(d -> d.documentId, Function.identity()));
    }
}
