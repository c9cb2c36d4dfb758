package se.uppdrag.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.uppdrag.contracts.EventDefinition;
import se.uppdrag.contracts.EventEnvelope;
import se.uppdrag.contracts.EventJson;

/**
 * Records an event in the current transaction. It reaches Kafka only if that transaction commits, and then
 * surely: the relay publishes what is here until the broker has it.
 */
@ApplicationScoped
public class Outbox {

    private static final String RELAY_WAKE_REGISTERED = Outbox.class.getName() + ".wake";

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Clock clock;

    @ConfigProperty(name = "uppdrag.producer")
    String producer;

    /** Must run inside the transaction that makes the change: an event on its own would report nothing true. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(EventDefinition definition, String aggregateId, Object payload) {
        if (!definition.producer().equals(producer)) {
            throw new IllegalArgumentException(producer + " cannot publish " + definition.type()
                    + ", which belongs to " + definition.producer());
        }
        EventCausation causation = EventCausation.of(transactions);
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), definition.type(), definition.version(),
                Instant.now(clock), producer, definition.aggregateType(), aggregateId, causation.correlationId(),
                causation.causationId(), EventJson.mapper().valueToTree(payload));

        OutboxRecord row = new OutboxRecord();
        row.eventId = envelope.eventId();
        row.topic = definition.topic();
        row.aggregateId = aggregateId;
        row.eventType = definition.type();
        row.envelope = write(envelope);
        row.createdAt = envelope.occurredAt();
        row.persist();
        wakeRelayAfterCommit();
        return envelope.eventId();
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(RELAY_WAKE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(RELAY_WAKE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    Arc.container().instance(OutboxRelay.class).get().wake();
                }
            }
        });
    }

    private static String write(EventEnvelope envelope) {
        try {
            return EventJson.mapper().writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + envelope.type(), e);
        }
    }
}
