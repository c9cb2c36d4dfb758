package se.uppdrag.catalogue.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.uppdrag.catalogue.domain.Cycle;
import se.uppdrag.catalogue.domain.DeliveryMode;
import se.uppdrag.catalogue.domain.Occasion;
import se.uppdrag.catalogue.domain.OccasionListing;
import se.uppdrag.catalogue.domain.OccasionSearch;
import se.uppdrag.catalogue.domain.OccasionStatus;
import se.uppdrag.platform.repository.PageOf;
import se.uppdrag.platform.security.Viewer;

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

    /** A page of a course's occasions, closed ones only where the viewer is their employer or university. */
    public PageOf<OccasionListing> ofCourse(
            UUID courseId, boolean includeWithdrawn, Optional<Viewer> viewer, int page, int size) {
        StringBuilder where = new StringBuilder("o.course.id = :course");
        Map<String, Object> params = new HashMap<>();
        params.put("course", courseId);
        if (!includeWithdrawn) {
            where.append(" and o.status = :published");
            params.put("published", OccasionStatus.PUBLISHED);
        }
        where.append(ClosedToOthers.condition("o.", viewer, params));
        var query = find("from Occasion o join fetch o.course where " + where + " order by o.startDate, o.id", params);
        var count = getEntityManager().createQuery("select count(o) from Occasion o where " + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        return new PageOf<>(
                query.page(page, size).list().stream().map(OccasionListing::of).toList(), total);
    }

    /**
     * Finds a page of occasions. The free text goes through the course's full-text index (PostgreSQL tsvector),
     * every word a prefix, so "machine lear" finds "Industrial machine learning", and is resolved to the matching
     * courses first; every other filter and the order read the occasion's own columns (the course's title, subject
     * and language are copied onto it), so a page is a walk of one covering index, however deep. Matches are counted
     * up to {@code countLimit}; past it the total is that limit and not exact. Call it in a transaction: the count and
     * the page then read the same catalogue.
     */
    public PageOf<OccasionListing> search(OccasionSearch search, int countLimit) {
        // Plan each search for its own values, never from a cached plan made without them; and never compile it
        // (PostgreSQL's JIT takes hundreds of milliseconds to save a few on a query this short).
        getEntityManager()
                .createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true), "
                        + "set_config('jit', 'off', true)")
                .getSingleResult();
        // Closed occasions are their employer's, never the public search's.
        StringBuilder where = new StringBuilder(" where o.closed_to is null");
        Map<String, Object> params = new HashMap<>();
        if (!search.includeWithdrawn()) {
            where.append(" and o.status = 'PUBLISHED'");
        }
        String tsQuery = prefixQuery(search.text());
        if (tsQuery != null) {
            params.put("text", tsQuery);
        }
        if (search.subject() != null) {
            where.append(" and o.course_subject = lower(:subject)");
            params.put("subject", search.subject());
        }
        if (search.university() != null) {
            where.append(" and o.university = :university");
            params.put("university", search.university());
        }
        if (search.language() != null) {
            where.append(" and o.course_language = :language");
            params.put("language", search.language().toLowerCase(Locale.ROOT));
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
        // With a text, the occasions of the courses it matches, looked up course by course.
        String matching = tsQuery == null
                ? " from occasion o" + where
                : " from occasion o" + where + " and o.course_id = any(array(" + coursesMatching(search) + "))";
        // Limits and offsets are numbers written into the SQL, not parameters, so the planner knows to stop early.
        var count = getEntityManager()
                .createNativeQuery(
                        "select count(*) from (select 1" + matching + " limit " + (countLimit + 1) + ") matches");
        params.forEach(count::setParameter);
        long counted = ((Number) count.getSingleResult()).longValue();
        if (counted == 0) {
            return new PageOf<>(List.of(), 0);
        }
        boolean exact = counted <= countLimit;
        if (!exact && tsQuery != null) {
            // Many match, so walking the listing in order finds a page soonest, asking each occasion's course whether
            // it matches. Written as a scalar subquery, which the planner cannot turn into a join: it cannot tell how
            // many courses a prefix matches, and as a join would collect and sort every match instead.
            matching = " from occasion o" + where + " and (select c.search_text @@ to_tsquery('simple', :text)"
                    + " from course c where c.id = o.course_id)";
        }
        // The page's ids from the occasion alone (index-only), then the rows they name joined to their courses.
        var page = getEntityManager()
                .createNativeQuery(
                        "select " + LISTING_COLUMNS
                                + " from (select o.id" + matching
                                + " order by o.start_date, o.course_title, o.id limit "
                                + search.size() + " offset " + (long) search.page() * search.size() + ") listed"
                                + " join occasion o on o.id = listed.id join course c on c.id = o.course_id"
                                + " order by o.start_date, o.course_title, o.id",
                        Tuple.class);
        params.forEach(page::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = page.getResultList();
        return new PageOf<>(
                rows.stream().map(OccasionRepository::listing).toList(), Math.min(counted, countLimit), exact);
    }

    /** The courses whose text matches, narrowed by what else the search asks of a course, so the list stays short. */
    private static String coursesMatching(OccasionSearch search) {
        StringBuilder sql = new StringBuilder("select id from course where search_text @@ to_tsquery('simple', :text)");
        if (search.subject() != null) {
            sql.append(" and lower(subject) = lower(:subject)");
        }
        if (search.language() != null) {
            sql.append(" and language = :language");
        }
        if (search.university() != null) {
            sql.append(" and university = :university");
        }
        return sql.toString();
    }

    private static final String LISTING_COLUMNS =
            "o.id, o.course_id, o.university, o.status, o.start_date, o.end_date, "
                    + "o.pace, o.delivery_mode, o.location, o.seats, o.seats_taken, o.order_deadline, o.list_price, "
                    + "o.withdrawn_on, o.withdraw_reason, c.code, c.title, c.credits, c.cycle, c.subject, c.language";

    private static OccasionListing listing(Tuple row) {
        OccasionStatus status = OccasionStatus.valueOf(row.get("status", String.class));
        int seats = ((Number) row.get("seats")).intValue();
        int seatsTaken = ((Number) row.get("seats_taken")).intValue();
        return new OccasionListing(
                row.get("id", UUID.class),
                row.get("course_id", UUID.class),
                row.get("university", String.class),
                status,
                date(row.get("start_date")),
                date(row.get("end_date")),
                ((Number) row.get("pace")).intValue(),
                DeliveryMode.valueOf(row.get("delivery_mode", String.class)),
                row.get("location", String.class),
                seats,
                Occasion.seatsAvailable(status, seats, seatsTaken),
                date(row.get("order_deadline")),
                row.get("list_price", BigDecimal.class),
                date(row.get("withdrawn_on")),
                row.get("withdraw_reason", String.class),
                row.get("code", String.class),
                row.get("title", String.class),
                row.get("credits", BigDecimal.class),
                Cycle.valueOf(row.get("cycle", String.class)),
                row.get("subject", String.class),
                row.get("language", String.class));
    }

    private static LocalDate date(Object value) {
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    /** "machine lear" becomes "machine:* & lear:*"; anything but letters and digits is dropped, so no query syntax leaks in. */
    static String prefixQuery(String text) {
        if (text == null) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                terms.add(word + ":*");
            }
        }
        return terms.isEmpty() ? null : String.join(" & ", terms);
    }
}
