package se.uppdrag.agreement.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.uppdrag.agreement.service.CourseProjection;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.Topics;
import se.uppdrag.contracts.catalogue.CourseSnapshot;
import se.uppdrag.contracts.catalogue.OfferingSnapshot;
import se.uppdrag.platform.inbox.EventConsumer;
import se.uppdrag.platform.inbox.EventHandlers;
import se.uppdrag.platform.inbox.Inbox;

/** Learns the catalogue's courses (and which university owns each) from its events. */
@ApplicationScoped
public class CatalogueEventsConsumer extends EventConsumer {

    @Inject
    CatalogueEventsConsumer(Inbox inbox, CourseProjection courses) {
        super(inbox, handlersFor(courses));
    }

    private static EventHandlers handlersFor(CourseProjection courses) {
        EventHandlers.Handler<CourseSnapshot> course =
                (envelope, c) -> courses.learn(c.courseId(), c.university(), c.code(), c.title());
        EventHandlers.Handler<OfferingSnapshot> offering =
                (envelope, o) -> courses.learn(o.courseId(), o.university(), o.courseCode(), o.title());
        return EventHandlers.consumer("partner-agreement-courses", Topics.CATALOGUE_OFFERINGS)
                .on(EventCatalog.COURSE_PUBLISHED, course)
                .on(EventCatalog.COURSE_CHANGED, course)
                .on(EventCatalog.OFFERING_PUBLISHED, offering)
                .on(EventCatalog.OFFERING_CHANGED, offering)
                .build();
    }

    @Incoming("catalogue-offerings")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        apply(records);
    }
}
