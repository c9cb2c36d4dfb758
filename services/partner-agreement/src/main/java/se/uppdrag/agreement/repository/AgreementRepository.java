package se.uppdrag.agreement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.uppdrag.agreement.domain.Agreement;
import se.uppdrag.agreement.domain.AgreementStatus;
import se.uppdrag.platform.repository.PageOf;
import se.uppdrag.platform.security.Viewer;

@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<Agreement, UUID> {

    /** Locked, so two decisions on one agreement (accept and terminate, say) apply one after the other. */
    public Optional<Agreement> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The agreements the viewer sees (an operator all), optionally of one status. */
    public PageOf<Agreement> list(Viewer viewer, AgreementStatus status, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!viewer.isOperator()) {
            where.append(viewer.isUniversity() ? " and university = :party" : " and employer = :party");
            params.put("party", viewer.organisation());
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        var query = find(where.toString(), Sort.by("createdAt").descending().and("id"), params);
        return new PageOf<>(query.page(Page.of(page, size)).list(), query.count());
    }

    /** Active agreements whose validity ended before {@code today}. */
    public List<UUID> dueToExpire(LocalDate today, int limit) {
        return find(
                        "select id from Agreement where status = ?1 and validTo < ?2 order by validTo",
                        AgreementStatus.ACTIVE,
                        today)
                .project(UUID.class)
                .page(0, limit)
                .list();
    }
}
