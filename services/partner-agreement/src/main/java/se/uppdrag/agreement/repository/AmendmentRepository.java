package se.uppdrag.agreement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.uppdrag.agreement.domain.Amendment;
import se.uppdrag.agreement.domain.AmendmentStatus;

@ApplicationScoped
public class AmendmentRepository implements PanacheRepositoryBase<Amendment, UUID> {

    public Optional<Amendment> pending(UUID agreementId) {
        return find("agreementId = ?1 and status = ?2", agreementId, AmendmentStatus.PROPOSED)
                .firstResultOptional();
    }

    public List<Amendment> ofAgreement(UUID agreementId) {
        return list("agreementId = ?1 order by proposedAt", agreementId);
    }
}
