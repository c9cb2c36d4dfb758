package se.uppdrag.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.EventEnvelope;
import se.uppdrag.contracts.EventJson;
import se.uppdrag.contracts.EventSchemas;
import se.uppdrag.platform.errors.Outages;
import se.uppdrag.platform.kafka.TraceContext;
import se.uppdrag.platform.outbox.EventCausation;
import se.uppdrag.platform.service.Backoff;
import se.uppdrag.platform.service.SharedTransaction;
import se.uppdrag.platform.service.Stopping;

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

    @Inject
    Tracer tracer;

    /** The outcome of one record, for tests and logs. */
    /** STALE: a newer version of the event's aggregate was applied before it, so it is not (its state is older). */
    public enum Outcome {
        APPLIED,
        DUPLICATE,
        SKIPPED,
        STALE,
        DEAD_LETTERED
    }

    /** What became of a record, and for a dead letter why. */
    public record Result(Outcome outcome, String reason) {}

    /**
     * Applies a poll's records in one transaction: one statement records every event id and answers which are new,
     * the handlers apply those in order, one commit. If anything in the batch fails (an event that is poison, a
     * constraint, an outage), the transaction rolls back and each record goes through {@link #handle} as if it had
     * come alone, so dead letters, retries and exactly-once effects are those of one record at a time.
     */
    public List<Result> handleAll(ConsumerRecords<String, String> records, EventHandlers handlers) {
        List<ConsumerRecord<String, String>> inOrder = new ArrayList<>(records.count());
        records.forEach(inOrder::add); // partition by partition, each in offset order
        return handleAll(inOrder, handlers);
    }

    /** {@link #handleAll(ConsumerRecords, EventHandlers)} for records in the order given. */
    public List<Result> handleAll(List<ConsumerRecord<String, String>> records, EventHandlers handlers) {
        return SharedTransaction.orEachAlone(
                records,
                () -> {
                    List<Outcome> outcomes = applyAll(records, handlers, true);
                    outcomes.forEach(outcome -> count(handlers, outcome));
                    return outcomes.stream()
                            .map(outcome -> new Result(outcome, null))
                            .toList();
                },
                record -> handle(record, handlers));
    }

    public Result handle(ConsumerRecord<String, String> record, EventHandlers handlers) {
        Backoff backoff = new Backoff();
        while (true) {
            try {
                Outcome outcome = applyOnce(record, handlers);
                count(handlers, outcome);
                return new Result(outcome, null);
            } catch (PoisonEventException e) {
                return deadLetter(record, handlers, e.getMessage());
            } catch (RuntimeException e) {
                if (Stopping.now()) {
                    // The failure is most likely the stopping itself (the persistence layer closed under the consumer):
                    // leave the record unacknowledged, for the instance that takes the partition over.
                    throw new IllegalStateException(
                            "stopping: " + record.topic() + "/" + record.partition() + "@" + record.offset()
                                    + " left to the next consumer of its partition",
                            e);
                }
                if (!Outages.isOutage(e)) {
                    return deadLetter(record, handlers, "cannot be applied: " + describe(e));
                }
                Duration wait = backoff.next();
                LOG.warnf(
                        "Database unavailable while applying %s/%d@%d, retrying in %d ms: %s",
                        record.topic(), record.partition(), record.offset(), wait.toMillis(), e.getMessage());
                Backoff.sleep(wait);
                if (Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException("interrupted while waiting for the database");
                }
            }
        }
    }

    private Result deadLetter(ConsumerRecord<String, String> record, EventHandlers handlers, String reason) {
        deadLetters.send(record, handlers.consumer(), reason);
        count(handlers, Outcome.DEAD_LETTERED);
        return new Result(Outcome.DEAD_LETTERED, reason);
    }

    private void count(EventHandlers handlers, Outcome outcome) {
        registry.counter("uppdrag.inbox.events", "consumer", handlers.consumer(), "outcome", outcome.name())
                .increment();
    }

    /** An event ready to apply: its envelope and the handler for its type and version. */
    private record Applicable(
            ConsumerRecord<String, String> record,
            EventEnvelope envelope,
            EventHandlers.Registration<?> registration) {}

    /** Applies the records in the caller's transaction; {@code shared}: other records share it, release each. */
    private List<Outcome> applyAll(
            List<ConsumerRecord<String, String>> records, EventHandlers handlers, boolean shared) {
        List<Applicable> applicable = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            applicable.add(applicable(record, handlers)); // null: skipped
        }
        List<Applicable> toRecord = applicable.stream().filter(Objects::nonNull).toList();
        Set<UUID> unseen = toRecord.isEmpty() ? Set.of() : record(toRecord, handlers.consumer());
        Map<List<String>, Long> newest = newest(
                toRecord.stream()
                        .filter(e -> unseen.contains(e.envelope().eventId()))
                        .toList(),
                handlers.consumer());
        List<Outcome> outcomes = new ArrayList<>(applicable.size());
        for (Applicable event : applicable) {
            if (event == null) {
                outcomes.add(Outcome.SKIPPED);
            } else if (!unseen.remove(event.envelope().eventId())) { // removed: the same event twice in a poll
                LOG.debugf(
                        "Event %s (%s) already applied by %s",
                        event.envelope().eventId(), event.envelope().type(), handlers.consumer());
                outcomes.add(Outcome.DUPLICATE);
            } else if (stale(event.envelope(), newest)) {
                LOG.infof(
                        "Event %s (%s %s version %d) not applied by %s: a newer version of it was",
                        event.envelope().eventId(),
                        event.envelope().aggregateType(),
                        event.envelope().aggregateId(),
                        event.envelope().aggregateVersion(),
                        handlers.consumer());
                outcomes.add(Outcome.STALE);
            } else {
                EventCausation.continueFrom(
                        transactions,
                        event.envelope().correlationId(),
                        event.envelope().eventId());
                Header trace = event.record().headers().lastHeader(TraceContext.HEADER);
                TraceContext.continueIn(
                        tracer,
                        handlers.consumer() + " " + event.envelope().type(),
                        SpanKind.CONSUMER,
                        trace == null ? null : new String(trace.value(), StandardCharsets.UTF_8),
                        () -> {
                            apply(event.registration(), event.envelope());
                            return null;
                        });
                outcomes.add(Outcome.APPLIED);
                if (shared) {
                    SharedTransaction.release(entityManager);
                }
            }
        }
        return outcomes;
    }

    /** Whether a newer version of the event's aggregate was applied; if not, the event's is now the newest. */
    private static boolean stale(EventEnvelope envelope, Map<List<String>, Long> newest) {
        Long version = envelope.aggregateVersion();
        if (version == null) {
            return false; // published before events were numbered
        }
        List<String> aggregate = List.of(envelope.aggregateType(), envelope.aggregateId());
        Long applied = newest.get(aggregate);
        if (applied != null && version <= applied) {
            return true;
        }
        newest.put(aggregate, version);
        return false;
    }

    /**
     * The newest version of each of the events' aggregates this consumer applied before (absent: none), and the
     * events' own newest recorded in its place: one statement, rows locked in one order.
     */
    private Map<List<String>, Long> newest(List<Applicable> events, String consumer) {
        List<EventEnvelope> numbered = events.stream()
                .map(Applicable::envelope)
                .filter(e -> e.aggregateVersion() != null)
                .toList();
        Map<List<String>, Long> newest = new HashMap<>();
        if (numbered.isEmpty()) {
            return newest;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> before = entityManager
                .createNativeQuery("""
                with batch as (
                  select t, a, max(v) as v from unnest(cast(?1 as text[]), cast(?2 as text[]), cast(?3 as bigint[]))
                    as event (t, a, v) group by t, a),
                before as (
                  select k.aggregate_type, k.aggregate_id, k.version from inbox_aggregate_version k
                    join batch on k.consumer = ?4 and k.aggregate_type = batch.t and k.aggregate_id = batch.a),
                newest as (
                  insert into inbox_aggregate_version (consumer, aggregate_type, aggregate_id, version)
                  select ?4, t, a, v from batch order by t, a
                  on conflict (consumer, aggregate_type, aggregate_id)
                  do update set version = greatest(inbox_aggregate_version.version, excluded.version))
                select aggregate_type, aggregate_id, version from before""")
                .setParameter(
                        1, numbered.stream().map(EventEnvelope::aggregateType).toArray(String[]::new))
                .setParameter(
                        2, numbered.stream().map(EventEnvelope::aggregateId).toArray(String[]::new))
                .setParameter(
                        3,
                        numbered.stream().map(EventEnvelope::aggregateVersion).toArray(Long[]::new))
                .setParameter(4, consumer)
                .getResultList();
        before.forEach(row -> newest.put(List.of((String) row[0], (String) row[1]), ((Number) row[2]).longValue()));
        return newest;
    }

    /**
     * Records the events in the inbox in one statement; answers the ids it had not seen before. The query names no
     * result class: given a basic one, Hibernate's plan cache would keep a new plan for every execution.
     */
    private Set<UUID> record(List<Applicable> events, String consumer) {
        List<?> inserted = entityManager
                .createNativeQuery("""
                insert into inbox (event_id, consumer, event_type, topic, partition_no, record_offset, applied_at)
                select event_id, ?1, event_type, topic, partition_no, record_offset, now()
                  from unnest(cast(?2 as uuid[]), cast(?3 as text[]), cast(?4 as text[]), cast(?5 as int[]),
                              cast(?6 as bigint[])) as event (event_id, event_type, topic, partition_no, record_offset)
                on conflict do nothing returning event_id""")
                .setParameter(1, consumer)
                .setParameter(
                        2, events.stream().map(e -> e.envelope().eventId()).toArray(UUID[]::new))
                .setParameter(3, events.stream().map(e -> e.envelope().type()).toArray(String[]::new))
                .setParameter(4, events.stream().map(e -> e.record().topic()).toArray(String[]::new))
                .setParameter(
                        5, events.stream().map(e -> e.record().partition()).toArray(Integer[]::new))
                .setParameter(6, events.stream().map(e -> e.record().offset()).toArray(Long[]::new))
                .getResultList();
        return inserted.stream().map(UUID.class::cast).collect(Collectors.toSet());
    }

    /** The record's event and its handler; null when this consumer has nothing to do with it. */
    private Applicable applicable(ConsumerRecord<String, String> record, EventHandlers handlers) {
        JsonNode json = parse(record.value());
        List<String> violations = EventSchemas.violations(json);
        String type = json.path("type").asText();
        if (!violations.isEmpty()) {
            boolean unknownToUs = violations.size() == 1
                    && violations.get(0).startsWith("no schema for")
                    && EventCatalog.knowsType(type)
                    && !handlers.handlesType(type);
            if (unknownToUs) {
                return null;
            }
            throw new PoisonEventException("invalid event: " + String.join("; ", violations));
        }
        EventEnvelope envelope = EventJson.mapper().convertValue(json, EventEnvelope.class);
        return handlers.find(envelope.type(), envelope.schemaVersion())
                .map(registration -> new Applicable(record, envelope, registration))
                .orElse(null);
    }

    private Outcome applyOnce(ConsumerRecord<String, String> record, EventHandlers handlers) {
        return QuarkusTransaction.requiringNew()
                .call(() -> applyAll(List.of(record), handlers, false).get(0));
    }

    @SuppressWarnings("unchecked")
    private static <P> void apply(EventHandlers.Registration<P> registration, EventEnvelope envelope) {
        P payload;
        try {
            payload = (P) EventJson.mapper()
                    .treeToValue(envelope.payload(), registration.definition().payloadType());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException(
                    "payload does not bind to " + registration.definition().type() + ": " + e.getMessage(), e);
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
}
