package se.uppdrag.enrolment.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.Topics;
import se.uppdrag.contracts.agreement.AgreementExpired;
import se.uppdrag.contracts.agreement.AgreementTerminated;
import se.uppdrag.contracts.agreement.AgreementTerms;
import se.uppdrag.contracts.catalogue.OfferingSnapshot;
import se.uppdrag.contracts.catalogue.OfferingWithdrawn;
import se.uppdrag.enrolment.service.Facts;
import se.uppdrag.platform.inbox.EventConsumer;
import se.uppdrag.platform.inbox.EventHandlers;
import se.uppdrag.platform.inbox.Inbox;

/** Occasions from the catalogue and agreements from partner-agreement, each applied once through the inbox. */
@ApplicationScoped
public class FactsConsumer implements EventConsumer {

    private final Inbox inbox;
    private final EventHandlers offerings;
    private final EventHandlers agreements;

    @Inject
    FactsConsumer(Inbox inbox, Facts facts) {
        this.inbox = inbox;
        EventHandlers.Handler<OfferingSnapshot> offering = (envelope, o) -> facts.offering(o);
        this.offerings = EventHandlers.consumer("enrolment-offerings", Topics.CATALOGUE_OFFERINGS)
                .on(EventCatalog.OFFERING_PUBLISHED, offering)
                .on(EventCatalog.OFFERING_CHANGED, offering)
                .<OfferingWithdrawn>on(EventCatalog.OFFERING_WITHDRAWN, (envelope, w) -> facts.withdrawn(w))
                .build();
        EventHandlers.Handler<AgreementTerms> terms = (envelope, t) -> facts.agreementTerms(t);
        this.agreements = EventHandlers.consumer("enrolment-agreements", Topics.PARTNER_AGREEMENTS)
                .on(EventCatalog.AGREEMENT_ACTIVATED, terms)
                .on(EventCatalog.AGREEMENT_AMENDED, terms)
                .<AgreementTerminated>on(EventCatalog.AGREEMENT_TERMINATED, (envelope, t) -> facts.terminated(t))
                .<AgreementExpired>on(EventCatalog.AGREEMENT_EXPIRED, (envelope, e) -> facts.expired(e))
                .build();
    }

    @Override
    public List<EventHandlers> handlers() {
        return List.of(offerings, agreements);
    }

    @Incoming("catalogue-offerings")
    @Blocking
    public void offering(ConsumerRecords<String, String> records) {
        inbox.handleAll(records, offerings);
    }

    @Incoming("partner-agreements")
    @Blocking
    public void agreement(ConsumerRecords<String, String> records) {
        inbox.handleAll(records, agreements);
    }
}
