package se.uppdrag.invoicing.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.Topics;
import se.uppdrag.contracts.catalogue.OfferingSnapshot;
import se.uppdrag.invoicing.service.OccasionProjection;
import se.uppdrag.platform.inbox.EventConsumer;
import se.uppdrag.platform.inbox.EventHandlers;
import se.uppdrag.platform.inbox.Inbox;

/** The catalogue's occasions (their start dates), each event applied once through the inbox. */
@ApplicationScoped
public class CatalogueEventsConsumer implements EventConsumer {

    private final Inbox inbox;
    private final EventHandlers offerings;

    @Inject
    CatalogueEventsConsumer(Inbox inbox, OccasionProjection occasions) {
        this.inbox = inbox;
        EventHandlers.Handler<OfferingSnapshot> offering =
                (envelope, o) -> occasions.occasion(o.occasionId(), o.startDate());
        this.offerings = EventHandlers.consumer("invoicing-offerings", Topics.CATALOGUE_OFFERINGS)
                .on(EventCatalog.OFFERING_PUBLISHED, offering)
                .on(EventCatalog.OFFERING_CHANGED, offering)
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
