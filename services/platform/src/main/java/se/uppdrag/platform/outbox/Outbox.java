package se.uppdrag.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.uppdrag.contracts.EventDefinition;
import se.uppdrag.contracts.EventEnvelope;
import se.uppdrag.contracts.EventJson;
import se.uppdrag.contracts.EventSchemas;
import se.uppdrag.platform.kafka.TraceContext;
import se.uppdrag.platform.service.AfterCommit;

/**
 * Records an event in the current transaction. It reaches Kafka only if that transaction commits, and then
 * surely: the relay publishes what is here until the broker has it. A transaction's events are kept until it is
 * about to commit and then written in one statement, in the order published: an order of 25 seats writes its 50
 * events in one round trip, not 50 (each of which, with an identity key, would also have forced the pending entity
 * inserts out one by one).
 */
@ApplicationScoped
public class Outbox {

    private static final String PENDING = Outbox.class.getName() + ".pending";
    private static final String RELAY_WAKE = Outbox.class.getName() + ".wake";

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    OutboxRelay relay;

    @ConfigProperty(name = "uppdrag.producer")
    String producer;

    /** One event to publish: its type, the aggregate it is about (the Kafka key), its payload. */
    public record Event(EventDefinition definition, String aggregateId, Object payload) {}

    /** Must run inside the transaction that makes the change: an event on its own would report nothing true. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(EventDefinition definition, String aggregateId, Object payload) {
        OutboxRecord row = record(new Event(definition, aggregateId, payload));
        pending().add(row);
        return row.eventId;
    }

    /** Many events of one transaction (a bank file's matches), in the order given. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(List<Event> events) {
        List<OutboxRecord> rows = pending();
        events.forEach(event -> rows.add(record(event)));
    }

    /** This transaction's events so far; the first one arranges for all to be written before it commits. */
    private List<OutboxRecord> pending() {
        @SuppressWarnings("unchecked")
        List<OutboxRecord> rows = (List<OutboxRecord>) transactions.getResource(PENDING);
        if (rows == null) {
            List<OutboxRecord> created = new ArrayList<>();
            transactions.putResource(PENDING, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // Still inside the transaction, on its connection: a failure here rolls the change back too.
                    insert(created);
                }

                @Override
                public void afterCompletion(int status) {}
            });
            AfterCommit.once(transactions, RELAY_WAKE, relay::wake);
            rows = created;
        }
        return rows;
    }

    private void insert(List<OutboxRecord> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            versions(connection, rows);
            write(connection, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("could not write " + rows.size() + " events to the outbox", e);
        }
    }

    /**
     * Numbers each aggregate's events on from its last: one statement for the transaction's aggregates, whose rows it
     * locks until the commit, so the versions of one aggregate follow the order its transactions commit in.
     */
    private static void versions(Connection connection, List<OutboxRecord> rows) throws SQLException {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        rows.forEach(row -> counts.merge(List.of(row.aggregateType, row.aggregateId), 1L, Long::sum));
        // Locked in one order by every transaction, so two that share aggregates cannot deadlock here.
        List<List<String>> keys = counts.keySet().stream()
                .sorted(Comparator.<List<String>, String>comparing(k -> k.get(0))
                        .thenComparing(k -> k.get(1)))
                .toList();
        Map<List<String>, Long> next = new HashMap<>();
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into outbox_aggregate_version as known (aggregate_type, aggregate_id, version)
                select * from unnest(?::text[], ?::text[], ?::bigint[])
                on conflict (aggregate_type, aggregate_id) do update set version = known.version + excluded.version
                returning aggregate_type, aggregate_id, version""")) {
            upsert.setArray(
                    1,
                    connection.createArrayOf(
                            "text", keys.stream().map(k -> k.get(0)).toArray()));
            upsert.setArray(
                    2,
                    connection.createArrayOf(
                            "text", keys.stream().map(k -> k.get(1)).toArray()));
            upsert.setArray(
                    3,
                    connection.createArrayOf(
                            "bigint", keys.stream().map(counts::get).toArray()));
            try (ResultSet last = upsert.executeQuery()) {
                while (last.next()) {
                    List<String> key = List.of(last.getString(1), last.getString(2));
                    next.put(key, last.getLong(3) - counts.get(key) + 1);
                }
            }
        }
        for (OutboxRecord row : rows) {
            long version = next.merge(List.of(row.aggregateType, row.aggregateId), 1L, Long::sum) - 1;
            row.tree.put("aggregateVersion", version);
            row.envelope = write(row.tree, row.eventType);
        }
    }

    /** One statement, rows in the order given (ordinality), so the identity order is the order published. */
    private void write(Connection connection, List<OutboxRecord> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into outbox (event_id, topic, aggregate_id, event_type, envelope, created_at, trace_parent)
                select e, t, a, y, v, c, p from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[],
                  ?::timestamptz[], ?::text[]) with ordinality as r(e, t, a, y, v, c, p, n) order by n""")) {
            insert.setArray(
                    1,
                    connection.createArrayOf(
                            "uuid", rows.stream().map(r -> r.eventId).toArray()));
            insert.setArray(
                    2,
                    connection.createArrayOf(
                            "text", rows.stream().map(r -> r.topic).toArray()));
            insert.setArray(
                    3,
                    connection.createArrayOf(
                            "text", rows.stream().map(r -> r.aggregateId).toArray()));
            insert.setArray(
                    4,
                    connection.createArrayOf(
                            "text", rows.stream().map(r -> r.eventType).toArray()));
            insert.setArray(
                    5,
                    connection.createArrayOf(
                            "text", rows.stream().map(r -> r.envelope).toArray()));
            insert.setArray(
                    6,
                    connection.createArrayOf(
                            "timestamptz",
                            rows.stream().map(r -> Timestamp.from(r.createdAt)).toArray()));
            insert.setArray(
                    7,
                    connection.createArrayOf(
                            "text", rows.stream().map(r -> r.traceParent).toArray()));
            insert.executeUpdate();
            if (!relay.leads()) {
                // Another instance publishes: tell it when this commits (PostgreSQL delivers notifications on commit).
                try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, null)")) {
                    notify.setString(1, OutboxRelay.CHANNEL);
                    notify.execute();
                }
            }
        }
    }

    private OutboxRecord record(Event event) {
        EventDefinition definition = event.definition();
        if (!definition.producer().equals(producer)) {
            throw new IllegalArgumentException(
                    producer + " cannot publish " + definition.type() + ", which belongs to " + definition.producer());
        }
        EventCausation causation = EventCausation.of(transactions);
        // The aggregate's version is known only when the transaction commits (versions), and set then.
        EventEnvelope envelope = new EventEnvelope(
                UUID.randomUUID(),
                definition.type(),
                definition.version(),
                Instant.now(clock),
                producer,
                definition.aggregateType(),
                event.aggregateId(),
                null,
                causation.correlationId(),
                causation.causationId(),
                EventJson.mapper().valueToTree(event.payload()));
        // What the consumers would dead-letter is never published: the change it reports is rolled back instead.
        ObjectNode json = EventJson.mapper().valueToTree(envelope);
        List<String> violations = EventSchemas.violations(json);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("refusing to publish " + definition.type() + " for " + event.aggregateId()
                    + ", which breaks its schema: " + violations);
        }
        OutboxRecord row = new OutboxRecord();
        row.eventId = envelope.eventId();
        row.topic = definition.topic();
        row.aggregateId = event.aggregateId();
        row.eventType = definition.type();
        row.tree = json;
        row.aggregateType = definition.aggregateType();
        row.createdAt = envelope.occurredAt();
        row.traceParent = TraceContext.current();
        return row;
    }

    /** The envelope as checked and numbered, written once: the tree the schema passed is the text published. */
    private static String write(JsonNode envelope, String type) {
        try {
            return EventJson.mapper().writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + type, e);
        }
    }
}
