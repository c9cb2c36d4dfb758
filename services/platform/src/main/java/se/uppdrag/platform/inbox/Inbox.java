package se.uppdrag.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.EventEnvelope;
import se.uppdrag.contracts.EventJson;
import se.uppdrag.contracts.EventSchemas;
import se.uppdrag.platform.errors.Outages;
import se.uppdrag.platform.outbox.EventCausation;

/**
 * Applies consumed events exactly once. The event id is recorded in the same transaction as the effect, so a
 * redelivered event finds its id and changes nothing. An event that cannot be applied goes to the topic's
 * dead-letter twin with the reason, and consumption goes on; an outage of the database is waited out instead,
 * since a dead letter is for what is wrong with the event, not with this service.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    @Inject
    EntityManager entityManager;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    DeadLetters deadLetters;

    @Inject
    MeterRegistry registry;

    /** The outcome of one record, for tests and logs. */
    public enum Outcome { APPLIED, DUPLICATE, SKIPPED, DEAD_LETTERED }

    /** What became of a record, and for a dead letter why. */
    public record Result(Outcome outcome, String reason) {
    }

    public Result handle(ConsumerRecord<String, String> record, EventHandlers handlers) {
        Duration backoff = Duration.ofMillis(100);
        while (true) {
            try {
                Outcome outcome = applyOnce(record, handlers);
                count(handlers, outcome);
                return new Result(outcome, null);
            } catch (PoisonEventException e) {
                return deadLetter(record, handlers, e.getMessage());
            } catch (RuntimeException e) {
                if (!Outages.isOutage(e)) {
                    return deadLetter(record, handlers, "cannot be applied: " + describe(e));
                }
                LOG.warnf("Database unavailable while applying %s/%d@%d, retrying in %d ms: %s", record.topic(),
                        record.partition(), record.offset(), backoff.toMillis(), e.getMessage());
                sleep(backoff);
                backoff = backoff.compareTo(Duration.ofSeconds(5)) >= 0 ? backoff : backoff.multipliedBy(2);
            }
        }
    }

    private Result deadLetter(ConsumerRecord<String, String> record, EventHandlers handlers, String reason) {
        deadLetters.send(record, handlers.consumer(), reason);
        count(handlers, Outcome.DEAD_LETTERED);
        return new Result(Outcome.DEAD_LETTERED, reason);
    }

    private void count(EventHandlers handlers, Outcome outcome) {
        registry.counter("uppdrag.inbox.events", "consumer", handlers.consumer(), "outcome", outcome.name()).increment();
    }

    private Outcome applyOnce(ConsumerRecord<String, String> record, EventHandlers handlers) {
        JsonNode json = parse(record.value());
        List<String> violations = EventSchemas.violations(json);
        String type = json.path("type").asText();
        if (!violations.isEmpty()) {
            boolean unknownToUs = violations.size() == 1 && violations.get(0).startsWith("no schema for")
                    && EventCatalog.knowsType(type) && !handlers.handlesType(type);
            if (unknownToUs) {
                // A newer version of a type this consumer ignores anyway: nothing to do with it.
                return Outcome.SKIPPED;
            }
            throw new PoisonEventException("invalid event: " + String.join("; ", violations));
        }
        EventEnvelope envelope = EventJson.mapper().convertValue(json, EventEnvelope.class);
        var registration = handlers.find(envelope.type(), envelope.schemaVersion()).orElse(null);
        if (registration == null) {
            return Outcome.SKIPPED;
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            int inserted = entityManager.createNativeQuery("""
                    insert into inbox (event_id, consumer, event_type, topic, partition_no, record_offset, applied_at)
                    values (?1, ?2, ?3, ?4, ?5, ?6, now()) on conflict do nothing""")
                    .setParameter(1, envelope.eventId()).setParameter(2, handlers.consumer())
                    .setParameter(3, envelope.type()).setParameter(4, record.topic())
                    .setParameter(5, record.partition()).setParameter(6, record.offset())
                    .executeUpdate();
            if (inserted == 0) {
                LOG.debugf("Event %s (%s) already applied by %s", envelope.eventId(), envelope.type(),
                        handlers.consumer());
                return Outcome.DUPLICATE;
            }
            EventCausation.continueFrom(transactions, envelope.correlationId(), envelope.eventId());
            apply(registration, envelope);
            return Outcome.APPLIED;
        });
    }

    @SuppressWarnings("unchecked")
    private static <P> void apply(EventHandlers.Registration<P> registration, EventEnvelope envelope) {
        P payload;
        try {
            payload = (P) EventJson.mapper().treeToValue(envelope.payload(), registration.definition().payloadType());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException("payload does not bind to " + registration.definition().type() + ": "
                    + e.getMessage(), e);
        }
        registration.handler().apply(envelope, payload);
    }

    private static JsonNode parse(String value) {
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("empty record value");
        }
        try {
            JsonNode json = EventJson.mapper().readTree(value);
            if (!json.isObject()) {
                throw new PoisonEventException("record value is not a JSON object");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("malformed JSON: " + e.getOriginalMessage());
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
    }
}
