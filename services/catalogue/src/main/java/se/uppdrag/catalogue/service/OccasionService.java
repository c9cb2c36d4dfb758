package se.uppdrag.catalogue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import se.uppdrag.catalogue.domain.Course;
import se.uppdrag.catalogue.domain.Occasion;
import se.uppdrag.catalogue.domain.OccasionListing;
import se.uppdrag.catalogue.domain.OccasionSearch;
import se.uppdrag.catalogue.domain.OccasionStatus;
import se.uppdrag.catalogue.repository.OccasionRepository;
import se.uppdrag.platform.errors.ProblemException;
import se.uppdrag.platform.repository.PageOf;
import se.uppdrag.platform.security.Viewer;

/** Occasions: scheduled by the course's university, found by anyone, withdrawn for good. */
@ApplicationScoped
public class OccasionService {

    private static final Logger LOG = Logger.getLogger(OccasionService.class);

    @Inject
    CourseService courses;

    @Inject
    OccasionRepository occasions;

    @Inject
    CatalogueConfig config;

    @Inject
    OfferingEvents events;

    @Inject
    Clock clock;

    @Transactional
    public Occasion publish(String university, UUID courseId, OccasionRequest details) {
        Course course = courses.owned(university, courseId);
        OccasionRules.check(
                details.startDate(),
                details.endDate(),
                details.orderDeadline(),
                details.listPrice().amount());
        Occasion occasion = new Occasion();
        occasion.id = UUID.randomUUID();
        occasion.course = course;
        occasion.university = university;
        occasion.startDate = details.startDate();
        occasion.endDate = details.endDate();
        occasion.pace = details.pace();
        occasion.deliveryMode = details.deliveryMode();
        occasion.location = details.location().trim();
        occasion.seats = details.seats();
        occasion.orderDeadline = details.orderDeadline();
        occasion.listPrice = details.listPrice().amount();
        occasion.status = OccasionStatus.PUBLISHED;
        occasion.createdAt = Instant.now(clock);
        occasion.updatedAt = occasion.createdAt;
        occasions.persist(occasion);
        events.published(occasion);
        LOG.infof(
                "University %s published occasion %s of %s starting %s with %d seats",
                university, occasion.id, course.code, occasion.startDate, occasion.seats);
        return occasion;
    }

    @Transactional
    public Occasion change(String university, UUID id, OccasionChangeRequest changes) {
        Occasion occasion = owned(university, id);
        if (occasion.isWithdrawn()) {
            throw ProblemException.conflict("Occasion " + id + " is withdrawn and cannot be changed");
        }
        LocalDate start = changes.startDate() != null ? changes.startDate() : occasion.startDate;
        LocalDate end = changes.endDate() != null ? changes.endDate() : occasion.endDate;
        LocalDate deadline = changes.orderDeadline() != null ? changes.orderDeadline() : occasion.orderDeadline;
        var price = changes.listPrice() != null ? changes.listPrice().amount() : occasion.listPrice;
        OccasionRules.check(start, end, deadline, price);
        if (changes.seats() != null && changes.seats() < occasion.seatsTaken) {
            throw ProblemException.conflict("Occasion " + id + " has " + occasion.seatsTaken
                    + " seats taken; seats cannot drop to " + changes.seats());
        }
        occasion.startDate = start;
        occasion.endDate = end;
        occasion.orderDeadline = deadline;
        occasion.listPrice = price;
        if (changes.pace() != null) {
            occasion.pace = changes.pace();
        }
        if (changes.deliveryMode() != null) {
            occasion.deliveryMode = changes.deliveryMode();
        }
        if (changes.location() != null) {
            occasion.location = changes.location().trim();
        }
        if (changes.seats() != null) {
            occasion.seats = changes.seats();
        }
        occasion.updatedAt = Instant.now(clock);
        events.changed(occasion);
        LOG.infof("University %s changed occasion %s", university, id);
        return occasion;
    }

    @Transactional
    public Occasion withdraw(String university, UUID id, String reason) {
        Occasion occasion = owned(university, id);
        if (occasion.isWithdrawn()) {
            throw ProblemException.conflict("Occasion " + id + " was already withdrawn on " + occasion.withdrawnOn);
        }
        occasion.status = OccasionStatus.WITHDRAWN;
        occasion.withdrawnOn = LocalDate.now(clock);
        occasion.withdrawReason = reason;
        occasion.updatedAt = Instant.now(clock);
        events.withdrawn(occasion);
        LOG.infof("University %s withdrew occasion %s: %s", university, id, reason);
        return occasion;
    }

    /** An occasion the viewer may see: a closed one only by its employer, its university and operators. */
    @Transactional
    public Occasion get(UUID id, Optional<Viewer> viewer) {
        return occasions
                .findWithCourse(id)
                .filter(o -> ClosedVisibility.visible(o.university, o.closedTo, viewer))
                .orElseThrow(() -> ProblemException.notFound("occasion", id));
    }

    /** A course's occasions the viewer may see, soonest first. */
    @Transactional
    public List<Occasion> ofCourse(UUID courseId, Optional<Viewer> viewer) {
        return occasions.ofCourse(courseId).stream()
                .filter(o -> ClosedVisibility.visible(o.university, o.closedTo, viewer))
                .toList();
    }

    /** A page of a course's occasions, soonest first; withdrawn ones only for the course's own university. */
    @Transactional
    public PageOf<OccasionListing> ofCourse(
            UUID courseId, boolean includeWithdrawn, Optional<Viewer> viewer, int page, int size) {
        return occasions.ofCourse(courseId, includeWithdrawn, viewer, page, size);
    }

    @Transactional
    public PageOf<OccasionListing> search(OccasionSearch search) {
        return occasions.search(search, config.search().countLimit());
    }

    private Occasion owned(String university, UUID id) {
        return occasions
                .findWithCourse(id)
                .filter(o -> o.university.equals(university))
                .orElseThrow(() -> ProblemException.notFound("occasion", id));
    }
}
