package se.uppdrag.enrolment.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.Topics;
import se.uppdrag.contracts.catalogue.OfferingSnapshot;
import se.uppdrag.contracts.catalogue.OfferingWithdrawn;
import se.uppdrag.enrolment.service.OccasionProjection;
import se.uppdrag.platform.inbox.EventConsumer;
import se.uppdrag.platform.inbox.EventHandlers;
import se.uppdrag.platform.inbox.Inbox;

/** The catalogue's occasions, each event applied once through the inbox. */
@ApplicationScoped
public class CatalogueEventsConsumer extends EventConsumer {

    @Inject
    CatalogueEventsConsumer(Inbox inbox, OccasionProjection occasions) {
        super(inbox, handlersFor(occasions));
    }

    private static EventHandlers handlersFor(OccasionProjection occasions) {
        EventHandlers.Handler<OfferingSnapshot> offering = (envelope, o) -> occasions.offering(o);
        return EventHandlers.consumer("enrolment-offerings", Topics.CATALOGUE_OFFERINGS)
                .on(EventCatalog.OFFERING_PUBLISHED, offering)
                .on(EventCatalog.OFFERING_CHANGED, offering)
                .<OfferingWithdrawn>on(EventCatalog.OFFERING_WITHDRAWN, (envelope, w) -> occasions.withdrawn(w))
                .build();
    }

    @Incoming("catalogue-offerings")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        apply(records);
    }
}
