package se.uppdrag.agreement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.uppdrag.agreement.domain.KnownCourse;

@ApplicationScoped
public class KnownCourseRepository implements PanacheRepositoryBase<KnownCourse, UUID> {

    public List<KnownCourse> findAllById(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("courseId in ?1", ids);
    }

    /**
     * Adds the course, or renews its code and title if it is the same university's, in one statement: two consumers
     * may learn one course at once from two of its occasions (their events lie on different partitions), and the
     * second then waits for the first instead of failing on its key. Answers whose course it is, if not this
     * university's: then nothing changed.
     */
    @SuppressWarnings("unchecked")
    public Optional<String> learn(UUID courseId, String university, String code, String title, Instant at) {
        List<Object> updated = getEntityManager()
                .createNativeQuery("""
                insert into known_course (course_id, university, code, title, updated_at) values (?1, ?2, ?3, ?4, ?5)
                on conflict (course_id) do update set code = excluded.code, title = excluded.title,
                       updated_at = excluded.updated_at
                 where known_course.university = excluded.university
                returning course_id""")
                .setParameter(1, courseId)
                .setParameter(2, university)
                .setParameter(3, code)
                .setParameter(4, title)
                .setParameter(5, at)
                .getResultList();
        if (!updated.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((String) getEntityManager()
                .createNativeQuery("select university from known_course where course_id = ?1")
                .setParameter(1, courseId)
                .getSingleResult());
    }
}
