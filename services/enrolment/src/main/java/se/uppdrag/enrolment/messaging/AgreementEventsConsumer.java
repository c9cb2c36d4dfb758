package se.uppdrag.enrolment.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.Topics;
import se.uppdrag.contracts.agreement.AgreementExpired;
import se.uppdrag.contracts.agreement.AgreementTerminated;
import se.uppdrag.contracts.agreement.AgreementTerms;
import se.uppdrag.enrolment.service.AgreementProjection;
import se.uppdrag.platform.inbox.EventConsumer;
import se.uppdrag.platform.inbox.EventHandlers;
import se.uppdrag.platform.inbox.Inbox;

/** Partner-agreement's agreements, each event applied once through the inbox. */
@ApplicationScoped
public class AgreementEventsConsumer extends EventConsumer {

    @Inject
    AgreementEventsConsumer(Inbox inbox, AgreementProjection projection) {
        super(inbox, handlersFor(projection));
    }

    private static EventHandlers handlersFor(AgreementProjection projection) {
        EventHandlers.Handler<AgreementTerms> terms = (envelope, t) -> projection.agreementTerms(t);
        return EventHandlers.consumer("enrolment-agreements", Topics.PARTNER_AGREEMENTS)
                .on(EventCatalog.AGREEMENT_ACTIVATED, terms)
                .on(EventCatalog.AGREEMENT_AMENDED, terms)
                .<AgreementTerminated>on(EventCatalog.AGREEMENT_TERMINATED, (envelope, t) -> projection.terminated(t))
                .<AgreementExpired>on(EventCatalog.AGREEMENT_EXPIRED, (envelope, e) -> projection.expired(e))
                .build();
    }

    @Incoming("partner-agreements")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        apply(records);
    }
}
