package se.uppdrag.catalogue.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import se.uppdrag.platform.repository.PageOf;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.uppdrag.catalogue.domain.Occasion;
import se.uppdrag.catalogue.domain.OccasionSearch;

@ApplicationScoped
public class OccasionRepository implements PanacheRepositoryBase<Occasion, UUID> {

    public Optional<Occasion> findWithCourse(UUID id) {
        return find("from Occasion o join fetch o.course where o.id = ?1", id).firstResultOptional();
    }

    /** Locks the row so concurrent seat updates from enrolment events apply one after another. */
    public Optional<Occasion> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<Occasion> ofCourse(UUID courseId) {
        return list("from Occasion o join fetch o.course where o.course.id = ?1 order by o.startDate", courseId);
    }

    /**
     * Finds a page of occasions. The free text goes through the course's full-text index (PostgreSQL tsvector),
     * every word a prefix, so "machine lear" finds "Industrial machine learning".
     */
    public PageOf<Occasion> search(OccasionSearch search) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!search.includeWithdrawn()) {
            where.append(" and o.status = 'PUBLISHED'");
        }
        String tsQuery = prefixQuery(search.text());
        if (tsQuery != null) {
            where.append(" and c.search_text @@ to_tsquery('simple', :text)");
            params.put("text", tsQuery);
        }
        if (search.subject() != null) {
            where.append(" and lower(c.subject) = lower(:subject)");
            params.put("subject", search.subject());
        }
        if (search.university() != null) {
            where.append(" and o.university = :university");
            params.put("university", search.university());
        }
        if (search.language() != null) {
            where.append(" and c.language = :language");
            params.put("language", search.language().toLowerCase());
        }
        if (search.mode() != null) {
            where.append(" and o.delivery_mode = :mode");
            params.put("mode", search.mode().name());
        }
        if (search.from() != null) {
            where.append(" and o.start_date >= :from");
            params.put("from", search.from());
        }
        if (search.to() != null) {
            where.append(" and o.start_date <= :to");
            params.put("to", search.to());
        }
        String from = " from occasion o join course c on c.id = o.course_id";

        var count = getEntityManager().createNativeQuery("select count(*)" + from + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0) {
            return new PageOf<>(List.of(), 0);
        }
        var ids = getEntityManager().createNativeQuery(
                "select o.id" + from + where + " order by o.start_date, c.title, o.id limit :limit offset :offset",
                UUID.class);
        params.forEach(ids::setParameter);
        ids.setParameter("limit", search.size());
        ids.setParameter("offset", (long) search.page() * search.size());
        @SuppressWarnings("unchecked")
        List<UUID> pageIds = ids.getResultList();
        if (pageIds.isEmpty()) {
            return new PageOf<>(List.of(), total);
        }
        List<Occasion> occasions = new ArrayList<>(
                list("from Occasion o join fetch o.course where o.id in ?1", pageIds));
        occasions.sort(Comparator.comparingInt(o -> pageIds.indexOf(o.id)));
        return new PageOf<>(occasions, total);
    }

    /** "machine lear" becomes "machine:* & lear:*"; anything but letters and digits is dropped, so no query syntax leaks in. */
    static String prefixQuery(String text) {
        if (text == null) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        for (String word : text.toLowerCase().split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                terms.add(word + ":*");
            }
        }
        return terms.isEmpty() ? null : String.join(" & ", terms);
    }
}
