package se.uppdrag.catalogue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import se.uppdrag.catalogue.domain.Course;
import se.uppdrag.catalogue.domain.Cycle;
import se.uppdrag.catalogue.domain.DeliveryMode;
import se.uppdrag.catalogue.domain.Occasion;
import se.uppdrag.catalogue.domain.OccasionStatus;
import se.uppdrag.catalogue.repository.CourseRepository;
import se.uppdrag.catalogue.repository.OccasionRepository;
import se.uppdrag.contracts.agreement.OfferAwarded;
import se.uppdrag.platform.inbox.PoisonEventException;

/**
 * An awarded offer's occasions, published as closed occasions of the employer under the awarded agreement (and a new
 * course as a closed course of it): the employer orders them as any occasion, nobody else sees them. The ids are the
 * award's, so an event applied again finds them made and makes nothing twice.
 */
@ApplicationScoped
public class AwardedOfferProjection {

    private static final Logger LOG = Logger.getLogger(AwardedOfferProjection.class);

    /** Study pace of an occasion made from an offer, which does not give one: full time over its dates. */
    static final int FULL_PACE = 100;

    @Inject
    CourseRepository courses;

    @Inject
    OccasionRepository occasions;

    @Inject
    OfferingEvents events;

    @Inject
    Clock clock;

    /** Called in the inbox's transaction. */
    public void apply(OfferAwarded award) {
        Course course = course(award);
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        int made = 0;
        for (OfferAwarded.Occasion proposed : award.occasions()) {
            if (occasions.findByIdOptional(proposed.occasionId()).isPresent()) {
                continue;
            }
            Occasion occasion = new Occasion();
            occasion.id = proposed.occasionId();
            occasion.course = course;
            occasion.university = award.university();
            occasion.startDate = proposed.startDate();
            occasion.endDate = proposed.endDate();
            occasion.pace = FULL_PACE;
            occasion.deliveryMode = DeliveryMode.valueOf(proposed.deliveryMode());
            occasion.location = proposed.location();
            occasion.seats = proposed.seats();
            // Orderable from the award until the day before it starts.
            LocalDate dayBefore = proposed.startDate().minusDays(1);
            occasion.orderDeadline = dayBefore.isBefore(today) ? proposed.startDate() : dayBefore;
            occasion.listPrice = award.pricePerParticipant().amount();
            occasion.status = OccasionStatus.PUBLISHED;
            occasion.closedTo = award.employer();
            occasion.closedAgreement = award.agreementId();
            occasion.createdAt = now;
            occasion.updatedAt = now;
            occasions.persist(occasion);
            events.published(occasion);
            made++;
        }
        LOG.infof(
                "Inquiry %s awarded to %s: %d closed occasions of %s for employer %s under agreement %s",
                award.inquiryId(), award.university(), made, course.code, award.employer(), award.agreementId());
    }

    /** The catalogue's course the offer named, or the new course it proposed, made now if not yet. */
    private Course course(OfferAwarded award) {
        OfferAwarded.Course offered = award.course();
        Course known = courses.findById(offered.courseId());
        if (known != null) {
            if (!known.ownedBy(award.university())) {
                throw new PoisonEventException("course " + offered.courseId() + " belongs to " + known.university
                        + ", not to the awarded university " + award.university());
            }
            return known;
        }
        if (offered.existing()) {
            throw new PoisonEventException("course " + offered.courseId() + " is not in the catalogue");
        }
        Course course = new Course();
        course.id = offered.courseId();
        course.university = award.university();
        course.code = "UPP-" + offered.courseId().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        course.title = offered.title();
        List<String> outcomes = offered.learningOutcomes() == null ? List.of() : offered.learningOutcomes();
        course.description = outcomes.isEmpty() ? offered.title() : String.join("\n", outcomes);
        course.learningOutcomes = new ArrayList<>(outcomes);
        course.credits = offered.credits() == null ? BigDecimal.ZERO : offered.credits();
        course.cycle = offered.cycle() == null ? Cycle.FIRST : Cycle.valueOf(offered.cycle());
        course.subject = offered.subject();
        course.language = offered.language();
        course.closedTo = award.employer();
        course.createdAt = Instant.now(clock);
        course.updatedAt = course.createdAt;
        courses.persist(course);
        events.coursePublished(course);
        return course;
    }
}
