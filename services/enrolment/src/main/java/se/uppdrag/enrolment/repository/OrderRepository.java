package se.uppdrag.enrolment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import se.uppdrag.enrolment.domain.Order;
import se.uppdrag.platform.repository.PageOf;

@ApplicationScoped
public class OrderRepository implements PanacheRepositoryBase<Order, UUID> {

    public Optional<Order> byIdempotencyKey(String employer, String key) {
        return find("employer = ?1 and idempotencyKey = ?2", employer, key).firstResultOptional();
    }

    /** An employer's orders, or (for a university) the orders on its occasions. */
    public PageOf<Order> visibleTo(String employer, String university, int page, int size) {
        var query = employer != null
                ? find("employer = ?1 order by createdAt desc, id", employer)
                : find("occasionId in (select o.occasionId from OccasionFact o where o.university = ?1) "
                        + "order by createdAt desc, id", university);
        return new PageOf<>(query.page(Page.of(page, size)).list(), query.count());
    }
}
