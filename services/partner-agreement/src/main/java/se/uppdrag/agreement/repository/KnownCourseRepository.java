package se.uppdrag.agreement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import se.uppdrag.agreement.domain.KnownCourse;

@ApplicationScoped
public class KnownCourseRepository implements PanacheRepositoryBase<KnownCourse, UUID> {

    public List<KnownCourse> findAllById(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("courseId in ?1", ids);
    }
}
