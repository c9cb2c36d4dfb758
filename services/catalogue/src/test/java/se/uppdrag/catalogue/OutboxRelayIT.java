package se.uppdrag.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.catalogue.OfferingWithdrawn;
import se.uppdrag.platform.outbox.Outbox;
import se.uppdrag.testsupport.EventAssertions;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.Topics;

/** The outbox relay against the real broker: everything committed arrives once, in order per aggregate; nothing rolled back leaves. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class OutboxRelayIT {

    @Inject
    Outbox outbox;

    @Inject
    TestSql database;

    @Test
    void committed_events_arrive_once_each_in_order_per_aggregate() {
        List<String> aggregates = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        int perAggregate = 150;
        for (int i = 0; i < perAggregate; i++) {
            int n = i;
            QuarkusTransaction.requiringNew().run(() -> aggregates.forEach(a -> outbox.publish(
                    EventCatalog.OFFERING_WITHDRAWN, a, withdrawn(a, "step " + n))));
        }

        var records = Topics.await("catalogue.offerings", r -> aggregates.contains(r.key()),
                aggregates.size() * perAggregate, Duration.ofSeconds(60));

        Map<String, List<String>> reasons = records.stream().collect(Collectors.groupingBy(r -> r.key(),
                Collectors.mapping(r -> Topics.json(r).at("/payload/reason").asText(), Collectors.toList())));
        for (String aggregate : aggregates) {
            assertThat(reasons.get(aggregate)).hasSize(perAggregate)
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, perAggregate).mapToObj(i -> "step " + i).toList());
        }
        records.stream().limit(5).forEach(r -> EventAssertions.assertValidEvent(Topics.json(r)));
        assertThat(records.stream().map(r -> Topics.json(r).get("eventId").asText()).distinct()).hasSize(records.size());
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
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(EventCatalog.OFFERING_WITHDRAWN, marker,
                withdrawn(marker, "committed")));

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

        var records = Topics.await("catalogue.offerings", r -> a.equals(r.key()) || b.equals(r.key()), 2,
                Duration.ofSeconds(20));
        assertThat(records.stream().map(r -> Topics.json(r).get("correlationId").asText()).distinct()).hasSize(1);
    }

    @Test
    void a_service_cannot_publish_another_services_event() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> outbox.publish(EventCatalog.INVOICE_PAID, "x", Map.of())));
    }

    private static OfferingWithdrawn withdrawn(String occasionId, String reason) {
        return new OfferingWithdrawn(UUID.fromString(occasionId), UUID.randomUUID(), "2021001231",
                LocalDate.of(2027, 1, 10), reason);
    }
}
