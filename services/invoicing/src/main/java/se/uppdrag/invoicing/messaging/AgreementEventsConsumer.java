package se.uppdrag.invoicing.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.Topics;
import se.uppdrag.contracts.agreement.AgreementTerms;
import se.uppdrag.invoicing.service.AgreementProjection;
import se.uppdrag.platform.inbox.EventConsumer;
import se.uppdrag.platform.inbox.EventHandlers;
import se.uppdrag.platform.inbox.Inbox;

/** Partner-agreement's terms, each event applied once through the inbox. */
@ApplicationScoped
public class AgreementEventsConsumer extends EventConsumer {

    @Inject
    AgreementEventsConsumer(Inbox inbox, AgreementProjection projection) {
        super(inbox, handlersFor(projection));
    }

    private static EventHandlers handlersFor(AgreementProjection projection) {
        EventHandlers.Handler<AgreementTerms> terms = (envelope, t) -> projection.agreementTerms(t);
        return EventHandlers.consumer("invoicing-agreements", Topics.PARTNER_AGREEMENTS)
                .on(EventCatalog.AGREEMENT_ACTIVATED, terms)
                .on(EventCatalog.AGREEMENT_AMENDED, terms)
                .build();
    }

    @Incoming("partner-agreements")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        apply(records);
    }
}
