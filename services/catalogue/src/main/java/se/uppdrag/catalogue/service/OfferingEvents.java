package se.uppdrag.catalogue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.IntStream;
import se.uppdrag.catalogue.domain.Course;
import se.uppdrag.catalogue.domain.LearningPath;
import se.uppdrag.catalogue.domain.Occasion;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.Money;
import se.uppdrag.contracts.catalogue.CourseSnapshot;
import se.uppdrag.contracts.catalogue.LearningPathSnapshot;
import se.uppdrag.contracts.catalogue.OfferingSnapshot;
import se.uppdrag.contracts.catalogue.OfferingWithdrawn;
import se.uppdrag.platform.outbox.Outbox;

/** The catalogue's facts as events, written to the outbox in the caller's transaction. */
@ApplicationScoped
public class OfferingEvents {

    @Inject
    Outbox outbox;

    public void coursePublished(Course course) {
        outbox.publish(EventCatalog.COURSE_PUBLISHED, course.id.toString(), course(course));
    }

    public void courseChanged(Course course) {
        outbox.publish(EventCatalog.COURSE_CHANGED, course.id.toString(), course(course));
    }

    public void published(Occasion occasion) {
        outbox.publish(EventCatalog.OFFERING_PUBLISHED, occasion.id.toString(), snapshot(occasion));
    }

    public void changed(Occasion occasion) {
        outbox.publish(EventCatalog.OFFERING_CHANGED, occasion.id.toString(), snapshot(occasion));
    }

    public void withdrawn(Occasion occasion) {
        outbox.publish(
                EventCatalog.OFFERING_WITHDRAWN,
                occasion.id.toString(),
                new OfferingWithdrawn(
                        occasion.id,
                        occasion.course.id,
                        occasion.university,
                        occasion.withdrawnOn,
                        occasion.withdrawReason));
    }

    public void learningPathPublished(LearningPath path, List<Course> coursesInOrder) {
        outbox.publish(EventCatalog.LEARNING_PATH_PUBLISHED, path.id.toString(), snapshot(path, coursesInOrder));
    }

    public void learningPathChanged(LearningPath path, List<Course> coursesInOrder) {
        outbox.publish(EventCatalog.LEARNING_PATH_CHANGED, path.id.toString(), snapshot(path, coursesInOrder));
    }

    static LearningPathSnapshot snapshot(LearningPath path, List<Course> coursesInOrder) {
        List<LearningPathSnapshot.Step> steps = IntStream.range(0, coursesInOrder.size())
                .mapToObj(i -> new LearningPathSnapshot.Step(
                        i + 1, coursesInOrder.get(i).id, coursesInOrder.get(i).university))
                .toList();
        return new LearningPathSnapshot(path.id, path.title, path.publishedBy, steps);
    }

    static CourseSnapshot course(Course c) {
        return new CourseSnapshot(
                c.id, c.university, c.code, c.title, c.credits, c.cycle.name(), c.subject, c.language);
    }

    static OfferingSnapshot snapshot(Occasion o) {
        Course c = o.course;
        return new OfferingSnapshot(
                o.id,
                c.id,
                o.university,
                c.code,
                c.title,
                c.credits,
                c.cycle.name(),
                c.subject,
                c.language,
                o.startDate,
                o.endDate,
                o.pace,
                o.deliveryMode.name(),
                o.location,
                o.seats,
                o.orderDeadline,
                Money.sek(o.listPrice),
                o.status.name(),
                o.isClosed() ? new OfferingSnapshot.ClosedTo(o.closedTo, o.closedAgreement) : null);
    }
}
