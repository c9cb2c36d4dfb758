package se.uppdrag.agreement.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
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
public class CatalogueEventsConsumer implements EventConsumer {

    private final Inbox inbox;
    private final EventHandlers handlers;

    @Inject
    CatalogueEventsConsumer(Inbox inbox, CourseProjection courses) {
        this.inbox = inbox;
        EventHandlers.Handler<CourseSnapshot> course =
                (envelope, c) -> courses.learn(c.courseId(), c.university(), c.code(), c.title());
        EventHandlers.Handler<OfferingSnapshot> offering =
                (envelope, o) -> courses.learn(o.courseId(), o.university(), o.courseCode(), o.title());
        this.handlers = EventHandlers.consumer("partner-agreement-courses", Topics.CATALOGUE_OFFERINGS)
                .on(EventCatalog.COURSE_PUBLISHED, course)
                .on(EventCatalog.COURSE_CHANGED, course)
                .on(EventCatalog.OFFERING_PUBLISHED, offering)
                .on(EventCatalog.OFFERING_CHANGED, offering)
                .build();
    }

    @Override
    public List<EventHandlers> handlers() {
        return List.of(handlers);
    }

    @Incoming("catalogue-offerings")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.handleAll(records, handlers);
    }
}
