package se.uppdrag.catalogue.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import se.uppdrag.catalogue.domain.Course;
import se.uppdrag.platform.repository.PageOf;

@ApplicationScoped
public class CourseRepository implements PanacheRepositoryBase<Course, UUID> {

    public boolean codeTaken(String university, String code, UUID except) {
        return count("university = ?1 and lower(code) = lower(?2) and id <> ?3", university, code, except) > 0;
    }

    public PageOf<Course> list(String university, int page, int size) {
        var query = university == null
                ? findAll(Sort.by("university").and("code"))
                : find("university", Sort.by("code"), university);
        return new PageOf<>(query.page(Page.of(page, size)).list(), query.count());
    }

    public List<String> universities() {
        return getEntityManager()
                .createQuery("select distinct c.university from Course c", String.class)
                .getResultList();
    }

    public List<Course> findAllById(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
