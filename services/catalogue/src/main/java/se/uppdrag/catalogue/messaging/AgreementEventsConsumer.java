package se.uppdrag.catalogue.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.uppdrag.catalogue.service.AwardedOfferProjection;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.Topics;
import se.uppdrag.contracts.agreement.OfferAwarded;
import se.uppdrag.platform.inbox.EventConsumer;
import se.uppdrag.platform.inbox.EventHandlers;
import se.uppdrag.platform.inbox.Inbox;

/** Publishes an awarded offer's occasions as closed occasions of its employer; the agreements themselves it skips. */
@ApplicationScoped
public class AgreementEventsConsumer extends EventConsumer {

    @Inject
    AgreementEventsConsumer(Inbox inbox, AwardedOfferProjection awardedOffers) {
        super(inbox, handlersFor(awardedOffers));
    }

    private static EventHandlers handlersFor(AwardedOfferProjection awardedOffers) {
        return EventHandlers.consumer("catalogue-awards", Topics.PARTNER_AGREEMENTS)
                .<OfferAwarded>on(EventCatalog.OFFER_AWARDED, (envelope, award) -> awardedOffers.apply(award))
                .build();
    }

    @Incoming("agreement-facts")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        apply(records);
    }
}
