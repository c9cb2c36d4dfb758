package se.uppdrag.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.catalogue.OfferingWithdrawn;
import se.uppdrag.platform.outbox.Outbox;
import se.uppdrag.platform.outbox.OutboxRelay;
import se.uppdrag.testsupport.EventAssertions;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestKafka;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.Topics;

/**
 * The outbox relay against the real broker: everything committed arrives once, in order per aggregate and numbered in
 * that order; nothing rolled back leaves; one instance leads, the others tell it of their events, and a new leader fences the old one's batch.
 * (The tests' relay polls only every 30 s, so an event that leaves sooner was sent because something woke the relay.)
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class OutboxRelayIT {

    @Inject
    Outbox outbox;

    @Inject
    TestSql database;

    @Inject
    OutboxRelay relay;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Tracer tracer;

    @Test
    void committed_events_arrive_once_each_in_order_per_aggregate() {
        List<String> aggregates = List.of(
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        int perAggregate = 150;
        for (int i = 0; i < perAggregate; i++) {
            int n = i;
            QuarkusTransaction.requiringNew()
                    .run(() -> aggregates.forEach(
                            a -> outbox.publish(EventCatalog.OFFERING_WITHDRAWN, a, withdrawn(a, "step " + n))));
        }

        var records = Topics.await(
                "catalogue.offerings",
                r -> aggregates.contains(r.key()),
                aggregates.size() * perAggregate,
                Duration.ofSeconds(60));

        Map<String, List<String>> reasons = records.stream()
                .collect(Collectors.groupingBy(
                        r -> r.key(),
                        Collectors.mapping(
                                r -> Topics.json(r).at("/payload/reason").asText(), Collectors.toList())));
        Map<String, List<Long>> versions = records.stream()
                .collect(Collectors.groupingBy(
                        r -> r.key(),
                        Collectors.mapping(
                                r -> Topics.json(r).get("aggregateVersion").asLong(), Collectors.toList())));
        for (String aggregate : aggregates) {
            assertThat(reasons.get(aggregate))
                    .hasSize(perAggregate)
                    .containsExactlyElementsOf(IntStream.range(0, perAggregate)
                            .mapToObj(i -> "step " + i)
                            .toList());
            // Numbered from 1 in the order written, one transaction after another.
            assertThat(versions.get(aggregate))
                    .containsExactlyElementsOf(
                            LongStream.rangeClosed(1, perAggregate).boxed().toList());
        }
        records.stream().limit(5).forEach(r -> EventAssertions.assertValidEvent(Topics.json(r)));
        assertThat(records.stream()
                        .map(r -> Topics.json(r).get("eventId").asText())
                        .distinct())
                .hasSize(records.size());
        await().atMost(Duration.ofSeconds(10)).until(() -> database.count("select count(*) from outbox") == 0);
    }

    @Test
    void an_event_of_a_rolled_back_transaction_never_leaves() {
        String aggregate = UUID.randomUUID().toString();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish(EventCatalog.OFFERING_WITHDRAWN, aggregate, withdrawn(aggregate, "rolled back"));
                throw new IllegalStateException("the state change failed");
            });
        } catch (IllegalStateException expected) {
            // the point of the test
        }
        String marker = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew()
                .run(() -> outbox.publish(EventCatalog.OFFERING_WITHDRAWN, marker, withdrawn(marker, "committed")));

        Topics.await("catalogue.offerings", Topics.keyed(marker), 1, Duration.ofSeconds(20));
        assertThat(Topics.readAll("catalogue.offerings")).noneMatch(r -> aggregate.equals(r.key()));
    }

    @Test
    void events_of_one_transaction_share_a_correlation_id() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish(EventCatalog.OFFERING_WITHDRAWN, a, withdrawn(a, "one"));
            outbox.publish(EventCatalog.OFFERING_WITHDRAWN, b, withdrawn(b, "two"));
        });

        var records = Topics.await(
                "catalogue.offerings", r -> a.equals(r.key()) || b.equals(r.key()), 2, Duration.ofSeconds(20));
        assertThat(records.stream()
                        .map(r -> Topics.json(r).get("correlationId").asText())
                        .distinct())
                .hasSize(1);
    }

    @Test
    void a_new_leader_aborts_the_batch_a_dead_leader_left_open_at_once() {
        String orphan = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> deadLeader = transactionalProducer("catalogue-outbox")) {
            // The previous leader began a batch on every partition and died before committing it.
            deadLeader.initTransactions();
            deadLeader.beginTransaction();
            int partitions = deadLeader.partitionsFor("catalogue.offerings").size();
            for (int partition = 0; partition < partitions; partition++) {
                deadLeader.send(new ProducerRecord<>("catalogue.offerings", partition, orphan, "{}"));
            }
            deadLeader.flush();

            String marker = UUID.randomUUID().toString();
            QuarkusTransaction.requiringNew()
                    .run(() -> outbox.publish(
                            EventCatalog.OFFERING_WITHDRAWN, marker, withdrawn(marker, "after the leader died")));

            // Readers of committed records see the next event well before the orphan's 120 s timeout.
            Topics.await("catalogue.offerings", Topics.keyed(marker), 1, Duration.ofSeconds(10));
            assertThat(Topics.readAll("catalogue.offerings")).noneMatch(Topics.keyed(orphan));
            assertThatThrownBy(deadLeader::commitTransaction).isInstanceOf(KafkaException.class);
        }
    }

    @Test
    void an_instance_that_does_not_lead_notifies_the_leader_and_takes_over_the_moment_it_goes() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(relay::leads);
        String marker = UUID.randomUUID().toString();
        try (Connection otherInstance = dataSource.getConnection();
                Statement sql = otherInstance.createStatement()) {
            // The relay's sessions end (as when the database drops them) and another instance takes the lead.
            sql.execute("select pg_terminate_backend(pid) from pg_stat_activity"
                    + " where application_name = 'catalogue-outbox-relay' and pid <> pg_backend_pid()");
            sql.execute("select pg_advisory_lock(" + OutboxRelay.LEADER_LOCK + ")");
            sql.execute("listen " + OutboxRelay.CHANNEL);
            try {
                await().atMost(Duration.ofSeconds(10)).until(() -> !relay.leads());

                QuarkusTransaction.requiringNew()
                        .run(() -> outbox.publish(
                                EventCatalog.OFFERING_WITHDRAWN,
                                marker,
                                withdrawn(marker, "written by an instance that does not lead")));

                assertThat(otherInstance.unwrap(PGConnection.class).getNotifications(5_000))
                        .isNotEmpty();
                assertThat(database.count("select count(*) from outbox where aggregate_id = ?", marker))
                        .isEqualTo(1);
            } finally {
                sql.execute("select pg_advisory_unlock(" + OutboxRelay.LEADER_LOCK + ")");
                sql.execute("unlisten *");
            }
        }
        // The leader went away: the waiting relay leads at once and sends what was left.
        Topics.await("catalogue.offerings", Topics.keyed(marker), 1, Duration.ofSeconds(5));
        assertThat(relay.leads()).isTrue();
    }

    @Test
    void the_leader_sends_what_another_instance_committed_when_it_is_told() {
        await().atMost(Duration.ofSeconds(10)).until(relay::leads);
        String marker = UUID.randomUUID().toString();
        // What the outbox of an instance that does not lead writes: the row and a notification, in one transaction.
        database.string("""
                with written as (
                  insert into outbox (event_id, topic, aggregate_id, event_type, envelope, created_at)
                  values (gen_random_uuid(), 'catalogue.offerings', ?, 'OfferingWithdrawn', '{}', now()) returning id)
                select pg_notify(?, null) from written""", marker, OutboxRelay.CHANNEL);

        Topics.await("catalogue.offerings", Topics.keyed(marker), 1, Duration.ofSeconds(5));
    }

    private static KafkaProducer<String, String> transactionalProducer(String transactionalId) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        props.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 120_000);
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    @Test
    void an_event_carries_the_trace_it_was_written_in() {
        String aggregate = UUID.randomUUID().toString();
        Span request = tracer.spanBuilder("a request").startSpan();
        try (Scope scope = request.makeCurrent()) {
            QuarkusTransaction.requiringNew()
                    .run(() ->
                            outbox.publish(EventCatalog.OFFERING_WITHDRAWN, aggregate, withdrawn(aggregate, "traced")));
        } finally {
            request.end();
        }

        var record = Topics.await("catalogue.offerings", Topics.keyed(aggregate), 1, Duration.ofSeconds(20))
                .get(0);
        assertThat(Topics.header(record, "traceparent"))
                .isEqualTo("00-" + request.getSpanContext().getTraceId() + "-"
                        + request.getSpanContext().getSpanId() + "-01");
    }

    @Test
    void a_service_cannot_publish_another_services_event() {
        Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> outbox.publish(EventCatalog.INVOICE_PAID, "x", Map.of())));
    }

    private static OfferingWithdrawn withdrawn(String occasionId, String reason) {
        return new OfferingWithdrawn(
                UUID.fromString(occasionId), UUID.randomUUID(), "2021001231", LocalDate.of(2027, 1, 10), reason);
    }
}
