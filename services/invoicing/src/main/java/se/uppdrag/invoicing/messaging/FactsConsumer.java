package se.uppdrag.invoicing.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.EventDefinition;
import se.uppdrag.contracts.Topics;
import se.uppdrag.contracts.agreement.AgreementTerms;
import se.uppdrag.contracts.catalogue.OfferingSnapshot;
import se.uppdrag.contracts.enrolment.EnrolmentFact;
import se.uppdrag.invoicing.service.Billing;
import se.uppdrag.platform.inbox.EventConsumer;
import se.uppdrag.platform.inbox.EventHandlers;
import se.uppdrag.platform.inbox.Inbox;

/** Agreement terms, enrolment facts and occasions' start dates, each applied once through the inbox. */
@ApplicationScoped
public class FactsConsumer implements EventConsumer {

    private final Inbox inbox;
    private final EventHandlers agreements;
    private final EventHandlers enrolments;
    private final EventHandlers offerings;

    @Inject
    FactsConsumer(Inbox inbox, Billing billing) {
        this.inbox = inbox;
        EventHandlers.Handler<AgreementTerms> terms = (envelope, t) -> billing.agreementTerms(t);
        this.agreements = EventHandlers.consumer("invoicing-agreements", Topics.PARTNER_AGREEMENTS)
                .on(EventCatalog.AGREEMENT_ACTIVATED, terms)
                .on(EventCatalog.AGREEMENT_AMENDED, terms)
                .build();
        // One handler per enrolment event that bills; every other enrolment event only keeps the billable current.
        Map<EventDefinition, EventHandlers.Handler<EnrolmentFact>> billingMoments = Map.of(
                EventCatalog.ENROLMENT_CONFIRMED, (envelope, f) -> billing.enrolmentConfirmed(f),
                EventCatalog.ENROLMENT_COMPLETED, (envelope, f) -> billing.enrolmentFinished(f),
                EventCatalog.ENROLMENT_NOT_COMPLETED, (envelope, f) -> billing.enrolmentFinished(f),
                EventCatalog.ENROLMENT_REJECTED, (envelope, f) -> billing.enrolmentRejected(f),
                EventCatalog.ENROLMENT_CANCELLED, (envelope, f) -> billing.enrolmentCancelled(f));
        EventHandlers.Handler<EnrolmentFact> changed = (envelope, f) -> billing.enrolmentChanged(f);
        EventHandlers.Builder builder = EventHandlers.consumer("invoicing-enrolments", Topics.ENROLMENT_ENROLMENTS);
        for (EventDefinition definition : EventCatalog.producedBy(EventCatalog.ENROLMENT)) {
            builder.on(definition, billingMoments.getOrDefault(definition, changed));
        }
        this.enrolments = builder.build();
        EventHandlers.Handler<OfferingSnapshot> offering = (envelope, o) -> billing.occasion(o.occasionId(), o.startDate());
        this.offerings = EventHandlers.consumer("invoicing-offerings", Topics.CATALOGUE_OFFERINGS)
                .on(EventCatalog.OFFERING_PUBLISHED, offering)
                .on(EventCatalog.OFFERING_CHANGED, offering)
                .build();
    }

    @Override
    public List<EventHandlers> handlers() {
        return List.of(agreements, enrolments, offerings);
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

    @Incoming("enrolment-facts")
    @Blocking
    public void enrolment(ConsumerRecords<String, String> records) {
        inbox.handleAll(records, enrolments);
    }
}
