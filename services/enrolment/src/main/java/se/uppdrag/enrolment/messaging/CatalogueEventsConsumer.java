package se.uppdrag.enrolment.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
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
public class CatalogueEventsConsumer implements EventConsumer {

    private final Inbox inbox;
    private final EventHandlers offerings;

    @Inject
    CatalogueEventsConsumer(Inbox inbox, OccasionProjection occasions) {
        this.inbox = inbox;
        EventHandlers.Handler<OfferingSnapshot> offering = (envelope, o) -> occasions.offering(o);
        this.offerings = EventHandlers.consumer("enrolment-offerings", Topics.CATALOGUE_OFFERINGS)
                .on(EventCatalog.OFFERING_PUBLISHED, offering)
                .on(EventCatalog.OFFERING_CHANGED, offering)
                .<OfferingWithdrawn>on(EventCatalog.OFFERING_WITHDRAWN, (envelope, w) -> occasions.withdrawn(w))
                .build();
    }

    @Override
    public List<EventHandlers> handlers() {
        return List.of(offerings);
    }

    @Incoming("catalogue-offerings")
    @Blocking
    public void offering(ConsumerRecords<String, String> records) {
        inbox.handleAll(records, offerings);
    }
}
