package se.uppdrag.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.uppdrag.contracts.EventDefinition;
import se.uppdrag.platform.service.AfterCommit;
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
    EntityManager entityManager;

    @Inject
    Clock clock;

    @ConfigProperty(name = "uppdrag.producer")
    String producer;

    /** One event to publish: its type, the aggregate it is about (the Kafka key), its payload. */
    public record Event(EventDefinition definition, String aggregateId, Object payload) {
    }

    /** Must run inside the transaction that makes the change: an event on its own would report nothing true. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(EventDefinition definition, String aggregateId, Object payload) {
        OutboxRecord row = record(new Event(definition, aggregateId, payload));
        row.persist();
        wakeRelayAfterCommit();
        return row.eventId;
    }

    /**
     * Many events of one transaction (a bank file's matches) in one statement, in the order given: the rows are not
     * managed entities, so a hundred thousand cost one round trip instead of one each.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        List<OutboxRecord> rows = events.stream().map(this::record).toList();
        Session session = entityManager.unwrap(Session.class);
        session.flush();
        session.doWork(connection -> {
            // One statement, rows in the order given (ordinality), so the identity order is the order published.
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox (event_id, topic, aggregate_id, event_type, envelope, created_at)
                    select e, t, a, y, v, c from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[],
                      ?::timestamptz[]) with ordinality as r(e, t, a, y, v, c, n) order by n""")) {
                insert.setArray(1, connection.createArrayOf("uuid", rows.stream().map(r -> r.eventId).toArray()));
                insert.setArray(2, connection.createArrayOf("text", rows.stream().map(r -> r.topic).toArray()));
                insert.setArray(3, connection.createArrayOf("text", rows.stream().map(r -> r.aggregateId).toArray()));
                insert.setArray(4, connection.createArrayOf("text", rows.stream().map(r -> r.eventType).toArray()));
                insert.setArray(5, connection.createArrayOf("text", rows.stream().map(r -> r.envelope).toArray()));
                insert.setArray(6, connection.createArrayOf("timestamptz", rows.stream()
                        .map(r -> java.sql.Timestamp.from(r.createdAt)).toArray()));
                insert.executeUpdate();
            }
        });
        wakeRelayAfterCommit();
    }

    private OutboxRecord record(Event event) {
        EventDefinition definition = event.definition();
        if (!definition.producer().equals(producer)) {
            throw new IllegalArgumentException(producer + " cannot publish " + definition.type()
                    + ", which belongs to " + definition.producer());
        }
        EventCausation causation = EventCausation.of(transactions);
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), definition.type(), definition.version(),
                Instant.now(clock), producer, definition.aggregateType(), event.aggregateId(), causation.correlationId(),
                causation.causationId(), EventJson.mapper().valueToTree(event.payload()));
        OutboxRecord row = new OutboxRecord();
        row.eventId = envelope.eventId();
        row.topic = definition.topic();
        row.aggregateId = event.aggregateId();
        row.eventType = definition.type();
        row.envelope = write(envelope);
        row.createdAt = envelope.occurredAt();
        return row;
    }

    private void wakeRelayAfterCommit() {
        AfterCommit.once(transactions, RELAY_WAKE_REGISTERED, () -> Arc.container().instance(OutboxRelay.class).get().wake());
    }

    private static String write(EventEnvelope envelope) {
        try {
            return EventJson.mapper().writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + envelope.type(), e);
        }
    }
}
