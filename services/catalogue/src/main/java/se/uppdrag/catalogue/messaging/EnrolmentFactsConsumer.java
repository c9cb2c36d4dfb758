package se.uppdrag.catalogue.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.uppdrag.catalogue.service.SeatService;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.EventDefinition;
import se.uppdrag.contracts.enrolment.EnrolmentFact;
import se.uppdrag.platform.inbox.EventHandlers;
import se.uppdrag.platform.inbox.Inbox;

/** Keeps seats available in step with the enrolment service's facts. */
@ApplicationScoped
public class EnrolmentFactsConsumer {

    private static final EventDefinition[] SEAT_CHANGES = {
        EventCatalog.ENROLMENT_REQUESTED, EventCatalog.ENROLMENT_WAITLISTED, EventCatalog.ENROLMENT_PROMOTED,
        EventCatalog.ENROLMENT_CONFIRMED, EventCatalog.ENROLMENT_REJECTED, EventCatalog.ENROLMENT_CANCELLED,
        EventCatalog.PARTICIPANT_SUBSTITUTED, EventCatalog.ENROLMENT_COMPLETED, EventCatalog.ENROLMENT_NOT_COMPLETED };

    private final Inbox inbox;
    private final EventHandlers handlers;

    @Inject
    EnrolmentFactsConsumer(Inbox inbox, SeatService seats) {
        this.inbox = inbox;
        EventHandlers.Builder builder = EventHandlers.consumer("catalogue-seats");
        for (EventDefinition definition : SEAT_CHANGES) {
            builder.<EnrolmentFact>on(definition, (envelope, fact) -> seats.apply(fact));
        }
        this.handlers = builder.build();
    }

    @Incoming("enrolment-facts")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(record, handlers);
    }
}
