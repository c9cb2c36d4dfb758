package se.uppdrag.enrolment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.uppdrag.enrolment.domain.EnrolmentStatus;
import se.uppdrag.enrolment.domain.Order;
import se.uppdrag.enrolment.domain.OrderFilter;
import se.uppdrag.enrolment.domain.OrderSort;
import se.uppdrag.platform.repository.PageOf;
import se.uppdrag.platform.repository.SortOrder;
import se.uppdrag.platform.security.Viewer;

@ApplicationScoped
public class OrderRepository implements PanacheRepositoryBase<Order, UUID> {

    public Optional<Order> byIdempotencyKey(String employer, String key) {
        return find("employer = ?1 and idempotencyKey = ?2", employer, key).firstResultOptional();
    }

    /** An employer's orders, or (for a university) the orders on its occasions; newest first unless asked otherwise. */
    public PageOf<Order> visibleTo(Viewer viewer, OrderFilter filter, SortOrder<OrderSort> sort, int page, int size) {
        StringBuilder where = new StringBuilder(
                switch (viewer.side()) {
                    case OPERATOR -> "from Order o where 1 = 1";
                    case EMPLOYER -> "from Order o where o.employer = :org";
                    case UNIVERSITY ->
                        "from Order o where o.occasionId in (select f.occasionId from OccasionFact f where f.university = :org)";
                });
        Map<String, Object> params = new HashMap<>();
        if (!viewer.isOperator()) {
            params.put("org", viewer.organisation());
        }
        if (filter.open() != null) {
            where.append(filter.open() ? " and" : " and not")
                    .append(" exists (select 1 from Enrolment e where " + "e.orderId = o.id and e.status in (:live))");
            params.put("live", List.of(EnrolmentStatus.PENDING, EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED));
        }
        if (filter.agreementId() != null) {
            where.append(" and o.agreementId = :agreement");
            params.put("agreement", filter.agreementId());
        }
        if (filter.occasionId() != null) {
            where.append(" and o.occasionId = :occasion");
            params.put("occasion", filter.occasionId());
        }
        if (filter.from() != null) {
            where.append(" and o.createdAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.until() != null) {
            where.append(" and o.createdAt < :until");
            params.put("until", filter.until());
        }
        String newestFirst = "o.createdAt desc, o.id";
        var query = find(
                where + " order by "
                        + (sort == null
                                ? newestFirst
                                : sort.orderBy(
                                        switch (sort.field()) {
                                            case PLACED -> "o.createdAt";
                                            case START ->
                                                "(select f.startDate from OccasionFact f where f.occasionId = o.occasionId)";
                                        },
                                        newestFirst)),
                params);
        return new PageOf<>(query.page(Page.of(page, size)).list(), query.count());
    }
}
