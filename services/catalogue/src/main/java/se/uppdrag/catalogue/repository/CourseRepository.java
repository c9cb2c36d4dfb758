package se.uppdrag.catalogue.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.uppdrag.catalogue.domain.Course;
import se.uppdrag.platform.repository.PageOf;
import se.uppdrag.platform.security.Viewer;

@ApplicationScoped
public class CourseRepository implements PanacheRepositoryBase<Course, UUID> {

    public boolean codeTaken(String university, String code, UUID except) {
        return count("university = ?1 and lower(code) = lower(?2) and id <> ?3", university, code, except) > 0;
    }

    /** Courses, of one university or all; closed ones only where the viewer is their employer or university. */
    public PageOf<Course> list(String university, Optional<Viewer> viewer, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (university != null) {
            where.append(" and university = :university");
            params.put("university", university);
        }
        where.append(ClosedToOthers.condition("", viewer, params));
        var query = find(where.toString(), Sort.by("university").and("code"), params);
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
