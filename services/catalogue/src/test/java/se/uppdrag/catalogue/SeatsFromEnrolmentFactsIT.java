package se.uppdrag.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.uppdrag.catalogue.CatalogueTestSupport.KUSTLAND;
import static se.uppdrag.catalogue.CatalogueTestSupport.createCourse;
import static se.uppdrag.catalogue.CatalogueTestSupport.createOccasion;
import static se.uppdrag.catalogue.CatalogueTestSupport.occasion;
import static se.uppdrag.catalogue.CatalogueTestSupport.uniqueCode;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.Test;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.EventSchemas;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestKafka;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.TestTokens;
import se.uppdrag.testsupport.Topics;

/** The enrolment service's facts, sent through real Kafka, move seats available; bad ones become dead letters. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class SeatsFromEnrolmentFactsIT {

    private static final String TOPIC = "enrolment.enrolments";
    private static final String DLQ = "enrolment.enrolments.dlq";
    private static final String UNI = TestTokens.university(KUSTLAND);

    @Inject
    TestSql database;

    @Test
    void seats_follow_requests_and_cancellations_and_a_redelivery_changes_nothing() {
        String occasionId = createOccasion(UNI, createCourse(UNI, uniqueCode()), occasion(3));
        UUID anna = UUID.randomUUID();
        UUID erik = UUID.randomUUID();

        ObjectNode annaRequested = fact("EnrolmentRequested", anna, occasionId, "PENDING");
        send(annaRequested);
        send(annaRequested); // delivered twice, applied once
        send(fact("EnrolmentRequested", erik, occasionId, "PENDING"));
        awaitSeatsAvailable(occasionId, 1);

        send(fact("EnrolmentConfirmed", anna, occasionId, "CONFIRMED"));
        ObjectNode erikCancelled = fact("EnrolmentCancelled", erik, occasionId, "CANCELLED");
        send(erikCancelled);
        awaitSeatsAvailable(occasionId, 2);
        send(erikCancelled);

        assertThat(database.count(
                        "select count(*) from inbox where event_id = ?",
                        UUID.fromString(annaRequested.get("eventId").asText())))
                .isEqualTo(1);
        // A later fact proves the duplicates before it were consumed, not just not yet read.
        send(fact("EnrolmentWaitlisted", UUID.randomUUID(), occasionId, "WAITLISTED"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> database.count(
                                "select count(*) from enrolment_seat where occasion_id = ?",
                                UUID.fromString(occasionId))
                        == 3);
        assertThat(seatsAvailable(occasionId)).isEqualTo(2);
    }

    @Test
    void facts_that_arrive_together_are_applied_in_one_transaction_each_once() {
        String occasionId = createOccasion(UNI, createCourse(UNI, uniqueCode()), occasion(100));
        List<ObjectNode> facts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            facts.add(fact("EnrolmentRequested", UUID.randomUUID(), occasionId, "PENDING"));
        }
        facts.add(facts.get(7)); // a redelivery in the same poll

        Topics.sendAll(
                TOPIC,
                facts.stream()
                        .map(f -> Map.entry(f.get("aggregateId").asText(), f.toString()))
                        .toList());

        awaitSeatsAvailable(occasionId, 60);
        String eventIds = facts.stream().map(f -> f.get("eventId").asText()).collect(Collectors.joining(",", "{", "}"));
        assertThat(database.count("select count(*) from inbox where event_id = any(?::uuid[])", eventIds))
                .isEqualTo(40);
        // now() is the transaction's start: events applied in one transaction share it.
        assertThat(database.count(
                        "select count(distinct applied_at) from inbox where event_id = any(?::uuid[])", eventIds))
                .isLessThan(40);
        assertThat(seatsAvailable(occasionId)).isEqualTo(60);
    }

    @Test
    void an_older_state_of_an_enrolment_never_overwrites_a_newer_one() {
        String occasionId = createOccasion(UNI, createCourse(UNI, uniqueCode()), occasion(3));
        UUID anna = UUID.randomUUID();
        ObjectNode requested =
                fact("EnrolmentRequested", anna, occasionId, "PENDING").put("aggregateVersion", 1);
        ObjectNode cancelled =
                fact("EnrolmentCancelled", anna, occasionId, "CANCELLED").put("aggregateVersion", 2);

        // The request arrives after the cancellation (a dead letter replayed late, say): Anna holds no seat.
        send(cancelled);
        send(requested);
        UUID marker = UUID.randomUUID();
        send(fact("EnrolmentRequested", marker, occasionId, "PENDING").put("aggregateVersion", 1));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> database.count(
                                        "select count(*) from inbox where event_id = ?",
                                        UUID.fromString(requested.get("eventId").asText()))
                                == 1
                        && database.count("select count(*) from enrolment_seat where enrolment_id = ?", marker) == 1);
        assertThat(seatsAvailable(occasionId)).isEqualTo(2);
        assertThat(database.string("select status from enrolment_seat where enrolment_id = ?", anna))
                .isEqualTo("CANCELLED");
    }

    @Test
    void two_consumers_in_one_instance_share_the_partitions_and_keep_each_enrolment_in_order() throws Exception {
        String occasionId = createOccasion(UNI, createCourse(UNI, uniqueCode()), occasion(200));
        double staleBefore = staleEvents();
        List<Map.Entry<String, String>> events = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            UUID enrolment = UUID.randomUUID();
            String key = enrolment.toString();
            events.add(Map.entry(
                    key,
                    fact("EnrolmentRequested", enrolment, occasionId, "PENDING")
                            .put("aggregateVersion", 1)
                            .toString()));
            if (i % 3 != 0) {
                events.add(Map.entry(
                        key,
                        fact("EnrolmentCancelled", enrolment, occasionId, "CANCELLED")
                                .put("aggregateVersion", 2)
                                .toString()));
            }
        }

        Topics.sendAll(TOPIC, events);

        awaitSeatsAvailable(occasionId, 170);
        // Had a cancellation overtaken its request, the request would have been refused as older (STALE).
        assertThat(staleEvents()).isEqualTo(staleBefore);
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            List<MemberDescription> consumers =
                    admin.describeConsumerGroups(List.of("catalogue")).all().get().get("catalogue").members().stream()
                            .filter(m -> m.assignment().topicPartitions().stream()
                                    .anyMatch(p -> p.topic().equals(TOPIC)))
                            .toList();
            // 90 enrolments' keys reach all 12 partitions: each consumer had records of its own to apply.
            assertThat(consumers)
                    .hasSize(2)
                    .allSatisfy(
                            m -> assertThat(m.assignment().topicPartitions()).isNotEmpty());
            assertThat(consumers.stream()
                            .flatMap(m -> m.assignment().topicPartitions().stream())
                            .filter(p -> p.topic().equals(TOPIC))
                            .distinct())
                    .hasSize(se.uppdrag.contracts.Topics.PARTITIONS);
        }
    }

    @Test
    void poison_events_go_to_the_dead_letter_topic_with_the_reason_and_consumption_goes_on() {
        String occasionId = createOccasion(UNI, createCourse(UNI, uniqueCode()), occasion(5));
        String key = "poison-" + UUID.randomUUID();

        Topics.send(TOPIC, key, "{ not json");
        ObjectNode unknownType = fact("EnrolmentTeleported", UUID.randomUUID(), occasionId, "PENDING");
        Topics.send(TOPIC, key, unknownType.toString());
        ObjectNode wrongVersion = fact("EnrolmentRequested", UUID.randomUUID(), occasionId, "PENDING");
        wrongVersion.put("schemaVersion", 7);
        Topics.send(TOPIC, key, wrongVersion.toString());
        ObjectNode missingField = fact("EnrolmentRequested", UUID.randomUUID(), occasionId, "PENDING");
        ((ObjectNode) missingField.get("payload")).remove("price");
        Topics.send(TOPIC, key, missingField.toString());
        ObjectNode unknownOccasion =
                fact("EnrolmentRequested", UUID.randomUUID(), UUID.randomUUID().toString(), "PENDING");
        Topics.send(TOPIC, key, unknownOccasion.toString());
        send(fact("EnrolmentRequested", UUID.randomUUID(), occasionId, "PENDING"));

        var letters = Topics.await(DLQ, Topics.keyed(key), 5, Duration.ofSeconds(30));
        assertThat(letters)
                .extracting(r -> Topics.header(r, "dead-letter-reason"))
                .satisfiesExactly(
                        r -> assertThat(r).startsWith("malformed JSON"),
                        r -> assertThat(r).contains("no schema for event type EnrolmentTeleported"),
                        r -> assertThat(r).contains("no schema for event type EnrolmentRequested version 7"),
                        r -> assertThat(r).contains("price"),
                        r -> assertThat(r).contains("which the catalogue does not have"));
        assertThat(letters).allSatisfy(r -> {
            assertThat(Topics.header(r, "dead-letter-topic")).isEqualTo(TOPIC);
            assertThat(Topics.header(r, "dead-letter-consumer")).isEqualTo("catalogue-seats");
        });
        assertThat(letters.get(0).value()).isEqualTo("{ not json");
        awaitSeatsAvailable(occasionId, 4);
    }

    private void awaitSeatsAvailable(String occasionId, int expected) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(seatsAvailable(occasionId)).isEqualTo(expected));
    }

    private static double staleEvents() {
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(l -> l.startsWith("uppdrag_inbox_events_total{")
                        && l.contains("catalogue-seats")
                        && l.contains("outcome=\"STALE\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static int seatsAvailable(String occasionId) {
        return given().get("/occasions/{id}", occasionId)
                .then()
                .statusCode(200)
                .extract()
                .path("seatsAvailable");
    }

    private static void send(ObjectNode event) {
        assertThat(EventSchemas.violations(event)).isEmpty();
        Topics.send(TOPIC, event.get("aggregateId").asText(), event.toString());
    }

    /** An enrolment event as the enrolment service writes it, from the contract's example. */
    private static ObjectNode fact(String type, UUID enrolmentId, String occasionId, String status) {
        ObjectNode event = (ObjectNode) EventSchemas.readResource(EventCatalog.ENROLMENT_REQUESTED.exampleResource())
                .deepCopy();
        // Unnumbered, as events from before versions were: each applies whatever the order the test sends them in.
        event.remove("aggregateVersion");
        event.put("eventId", UUID.randomUUID().toString()).put("type", type).put("aggregateId", enrolmentId.toString());
        ObjectNode payload = (ObjectNode) event.get("payload");
        payload.put("enrolmentId", enrolmentId.toString())
                .put("occasionId", occasionId)
                .put("status", status);
        switch (type) {
            case "EnrolmentConfirmed" -> payload.put("confirmedOn", "2027-01-05");
            case "EnrolmentWaitlisted" -> payload.put("waitlistPosition", 1);
            case "EnrolmentCancelled" -> {
                payload.put("cancelledOn", "2027-01-10").put("previousStatus", "PENDING");
                payload.putObject("fee").put("amount", "0.00").put("currency", "SEK");
            }
            default -> {}
        }
        return event;
    }
}
