package se.uppdrag.invoicing.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.EventDefinition;
import se.uppdrag.contracts.Topics;
import se.uppdrag.contracts.enrolment.EnrolmentFact;
import se.uppdrag.invoicing.service.BillableProjection;
import se.uppdrag.platform.inbox.EventConsumer;
import se.uppdrag.platform.inbox.EventHandlers;
import se.uppdrag.platform.inbox.Inbox;

/** Enrolment's facts, each event applied once through the inbox. */
@ApplicationScoped
public class EnrolmentEventsConsumer extends EventConsumer {

    @Inject
    EnrolmentEventsConsumer(Inbox inbox, BillableProjection billables) {
        super(inbox, handlersFor(billables));
    }

    private static EventHandlers handlersFor(BillableProjection billables) {
        // One handler per enrolment event that bills; every other enrolment event only keeps the billable current.
        Map<EventDefinition, EventHandlers.Handler<EnrolmentFact>> billingMoments = Map.of(
                EventCatalog.ENROLMENT_CONFIRMED, (envelope, f) -> billables.enrolmentConfirmed(f),
                EventCatalog.ENROLMENT_COMPLETED, (envelope, f) -> billables.enrolmentFinished(f),
                EventCatalog.ENROLMENT_NOT_COMPLETED, (envelope, f) -> billables.enrolmentFinished(f),
                EventCatalog.ENROLMENT_REJECTED, (envelope, f) -> billables.enrolmentRejected(f),
                EventCatalog.ENROLMENT_CANCELLED, (envelope, f) -> billables.enrolmentCancelled(f));
        EventHandlers.Handler<EnrolmentFact> changed = (envelope, f) -> billables.enrolmentChanged(f);
        EventHandlers.Builder builder = EventHandlers.consumer("invoicing-enrolments", Topics.ENROLMENT_ENROLMENTS);
        for (EventDefinition definition : EventCatalog.producedBy(EventCatalog.ENROLMENT)) {
            builder.on(definition, billingMoments.getOrDefault(definition, changed));
        }
        return builder.build();
    }

    @Incoming("enrolment-facts")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        apply(records);
    }
}
