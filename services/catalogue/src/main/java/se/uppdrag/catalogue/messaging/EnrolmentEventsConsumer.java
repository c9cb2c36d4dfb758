package se.uppdrag.catalogue.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.uppdrag.catalogue.service.SeatProjection;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.EventDefinition;
import se.uppdrag.contracts.Topics;
import se.uppdrag.contracts.enrolment.EnrolmentFact;
import se.uppdrag.platform.inbox.EventConsumer;
import se.uppdrag.platform.inbox.EventHandlers;
import se.uppdrag.platform.inbox.Inbox;

/** Keeps seats available in step with the enrolment service's facts. */
@ApplicationScoped
public class EnrolmentEventsConsumer implements EventConsumer {

    private final Inbox inbox;
    private final EventHandlers handlers;

    @Inject
    EnrolmentEventsConsumer(Inbox inbox, SeatProjection seats) {
        this.inbox = inbox;
        EventHandlers.Builder builder = EventHandlers.consumer("catalogue-seats", Topics.ENROLMENT_ENROLMENTS);
        // Every enrolment event carries the enrolment's status after the change, which is all seats need.
        for (EventDefinition definition : EventCatalog.producedBy(EventCatalog.ENROLMENT)) {
            builder.<EnrolmentFact>on(definition, (envelope, fact) -> seats.apply(fact));
        }
        this.handlers = builder.build();
    }

    @Override
    public List<EventHandlers> handlers() {
        return List.of(handlers);
    }

    @Incoming("enrolment-facts")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.handleAll(records, handlers);
    }
}
