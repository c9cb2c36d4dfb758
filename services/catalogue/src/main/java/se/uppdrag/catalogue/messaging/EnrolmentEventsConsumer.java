package se.uppdrag.catalogue.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
public class EnrolmentEventsConsumer extends EventConsumer {

    @Inject
    EnrolmentEventsConsumer(Inbox inbox, SeatProjection seats) {
        super(inbox, handlersFor(seats));
    }

    private static EventHandlers handlersFor(SeatProjection seats) {
        EventHandlers.Builder builder = EventHandlers.consumer("catalogue-seats", Topics.ENROLMENT_ENROLMENTS);
        // Every enrolment event carries the enrolment's status after the change, which is all seats need.
        for (EventDefinition definition : EventCatalog.producedBy(EventCatalog.ENROLMENT)) {
            builder.<EnrolmentFact>on(definition, (envelope, fact) -> seats.apply(fact));
        }
        return builder.build();
    }

    @Incoming("enrolment-facts")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        apply(records);
    }
}
