package se.uppdrag.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.EventDefinition;
import se.uppdrag.contracts.EventSchemas;
import se.uppdrag.testsupport.Topics;

/**
 * Poison on every topic a service consumes: malformed JSON, an unknown type, a schema version nobody speaks, a
 * missing field, and a valid event about something the consumer never heard of. Each consumer dead-letters what it
 * cannot apply, with the reason, and goes on to apply the valid event behind them on the same partition. An operator
 * lists the dead letters and replays one once its cause is gone.
 */
class PoisonEventsIT {

    /** A consumer of the platform: the service it runs in, its name (the dead letter's consumer header), its topic. */
    record Consumer(String service, String name, String topic, String unknownAggregateReason) {}

    private static final List<Consumer> CONSUMERS = List.of(
            new Consumer("catalogue", "catalogue-seats", "enrolment.enrolments", "which the catalogue does not have"),
            new Consumer("enrolment", "enrolment-offerings", "catalogue.offerings", "withdrawn but never published"),
            new Consumer("enrolment", "enrolment-agreements", "partner.agreements", "was never activated here"),
            // These three keep snapshots: an event naming an aggregate they have not seen is that aggregate's state,
            // or (invoicing's enrolments) waits for the terms to come; none of them is poison for them.
            new Consumer("invoicing", "invoicing-agreements", "partner.agreements", null),
            new Consumer("invoicing", "invoicing-enrolments", "enrolment.enrolments", null),
            new Consumer("invoicing", "invoicing-offerings", "catalogue.offerings", null),
            new Consumer("partner-agreement", "partner-agreement-courses", "catalogue.offerings", null));

    private static RunningPlatform platform;

    @BeforeAll
    static void platform() {
        platform = Scenario.platform();
    }

    @Test
    void every_consumer_dead_letters_each_kind_of_poison_with_its_reason_and_applies_what_follows() {
        String occasion = Scenario.publishedOccasion(
                "PSN" + Scenario.suffix(), LocalDate.now().plusDays(30));
        Map<String, ObjectNode> followUps = new LinkedHashMap<>();
        followUps.put("catalogue.offerings", offeringPublished());
        followUps.put("partner.agreements", agreementActivated());
        followUps.put("enrolment.enrolments", enrolmentRequested(occasion));
        Map<String, ObjectNode> unknownAggregate = Map.of(
                "catalogue.offerings", event(EventCatalog.OFFERING_WITHDRAWN, "occasionId"),
                "partner.agreements", event(EventCatalog.AGREEMENT_TERMINATED, "agreementId"),
                "enrolment.enrolments", event(EventCatalog.ENROLMENT_CONFIRMED, "enrolmentId"));

        Map<String, String> keys = new LinkedHashMap<>();
        followUps.forEach((topic, followUp) -> {
            // One key for all: the poison and the valid event after it share a partition, in this order.
            String key = followUp.get("aggregateId").asText();
            keys.put(topic, key);
            ObjectNode unknownType = followUp.deepCopy()
                    .put("eventId", UUID.randomUUID().toString())
                    .put("type", "SomethingNobodyKnows");
            ObjectNode wrongVersion = followUp.deepCopy()
                    .put("eventId", UUID.randomUUID().toString())
                    .put("schemaVersion", 9);
            ObjectNode missingField =
                    followUp.deepCopy().put("eventId", UUID.randomUUID().toString());
            ((ObjectNode) missingField.get("payload"))
                    .remove(followUp.get("payload").fieldNames().next());
            Topics.sendAll(
                    topic,
                    List.of(
                            Map.entry(key, "{\"eventId\": \"" + UUID.randomUUID() + "\", \"type\": "),
                            Map.entry(key, unknownType.toString()),
                            Map.entry(key, wrongVersion.toString()),
                            Map.entry(key, missingField.toString()),
                            Map.entry(key, unknownAggregate.get(topic).toString()),
                            Map.entry(key, followUp.toString())));
        });

        for (Consumer consumer : CONSUMERS) {
            UUID followUp = UUID.fromString(
                    followUps.get(consumer.topic()).get("eventId").asText());
            await(consumer.name() + " applies the valid event behind the poison")
                    .atMost(Scenario.EVENTUALLY)
                    .until(() -> platform.count(
                                    consumer.service(),
                                    "select count(*) from inbox where event_id = ? and consumer = ?",
                                    followUp,
                                    consumer.name())
                            == 1);
            List<String> reasons = deadLetters(consumer.service()).stream()
                    .filter(l -> consumer.name().equals(l.get("consumer"))
                            && keys.get(consumer.topic()).equals(l.get("key")))
                    .map(l -> (String) l.get("reason"))
                    .collect(Collectors.toList());
            List<String> expected =
                    new ArrayList<>(List.of("malformed JSON", "SomethingNobodyKnows", "version 9", "required"));
            if (consumer.unknownAggregateReason() != null) {
                expected.add(consumer.unknownAggregateReason());
            }
            assertThat(reasons).as("reasons %s gave", consumer.name()).hasSize(expected.size());
            for (String reason : expected) {
                assertThat(reasons)
                        .as("%s dead-letters with a reason naming '%s'", consumer.name(), reason)
                        .anyMatch(r -> r.contains(reason));
            }
        }
    }

    @Test
    void an_operator_replays_a_dead_letter_once_its_cause_is_gone_and_only_once() {
        ObjectNode activated = agreementActivated();
        String agreement = activated.get("aggregateId").asText();
        ObjectNode terminated = event(EventCatalog.AGREEMENT_TERMINATED, "agreementId");
        terminated.put("aggregateId", agreement);
        ((ObjectNode) terminated.get("payload"))
                .put("agreementId", agreement)
                .put("effectiveDate", LocalDate.now().toString());
        // The termination overtakes the activation (say, a producer bug): enrolment cannot apply it yet.
        Topics.send("partner.agreements", agreement, terminated.toString());
        Map<String, Object> letter = await().atMost(Scenario.EVENTUALLY)
                .until(
                        () -> deadLetters("enrolment").stream()
                                .filter(l -> terminated.get("eventId").asText().equals(l.get("eventId")))
                                .findFirst()
                                .orElse(null),
                        l -> l != null);
        assertThat(letter)
                .containsEntry("consumer", "enrolment-agreements")
                .containsEntry("applied", false)
                .containsEntry("originalTopic", "partner.agreements")
                .containsEntry("eventType", "AgreementTerminated");
        String place = letter.get("topic") + "/" + letter.get("partition") + "/" + letter.get("offset");

        // Still poison: replaying now dead-letters it again, with the reason.
        operator("enrolment")
                .post("/dead-letters/" + place + "/replay")
                .then()
                .statusCode(200)
                .body("outcome", equalTo("DEAD_LETTERED"));

        Topics.send("partner.agreements", agreement, activated.toString());
        await().atMost(Scenario.EVENTUALLY)
                .until(() -> platform.count(
                                "enrolment",
                                "select count(*) from agreement_fact where agreement_id = ?",
                                UUID.fromString(agreement))
                        == 1);
        operator("enrolment")
                .post("/dead-letters/" + place + "/replay")
                .then()
                .statusCode(200)
                .body("outcome", equalTo("APPLIED"));
        assertThat(platform.count(
                        "enrolment",
                        "select count(*) from agreement_fact where agreement_id = ? and status = 'TERMINATED'",
                        UUID.fromString(agreement)))
                .isEqualTo(1);
        operator("enrolment")
                .post("/dead-letters/" + place + "/replay")
                .then()
                .statusCode(200)
                .body("outcome", equalTo("DUPLICATE"));
        operator("enrolment")
                .get("/dead-letters/" + place)
                .then()
                .statusCode(200)
                .body("applied", equalTo(true));

        // Only operators see dead letters, and only where there is one.
        given().baseUri(platform.url("enrolment"))
                .auth()
                .oauth2(KeycloakTokens.university(Scenario.KUSTLAND))
                .get("/dead-letters")
                .then()
                .statusCode(403);
        given().baseUri(platform.url("enrolment")).get("/dead-letters").then().statusCode(401);
        operator("enrolment")
                .get("/dead-letters/partner.agreements.dlq/0/999999")
                .then()
                .statusCode(404);
        operator("enrolment")
                .get("/dead-letters/invoicing.invoices.dlq/0/0")
                .then()
                .statusCode(404);
        operator("enrolment")
                .post("/dead-letters/partner.agreements.dlq/x/0/replay")
                .then()
                .statusCode(404);
    }

    private static List<Map<String, Object>> deadLetters(String service) {
        return operator(service)
                .queryParam("limit", 1000)
                .get("/dead-letters")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    private static RequestSpecification operator(String service) {
        return given().baseUri(platform.url(service)).auth().oauth2(KeycloakTokens.operator());
    }

    private static ObjectNode offeringPublished() {
        ObjectNode event = event(EventCatalog.OFFERING_PUBLISHED, "occasionId");
        ((ObjectNode) event.get("payload")).put("courseId", UUID.randomUUID().toString());
        return event;
    }

    private static ObjectNode agreementActivated() {
        return event(EventCatalog.AGREEMENT_ACTIVATED, "agreementId");
    }

    private static ObjectNode enrolmentRequested(String occasion) {
        ObjectNode event = event(EventCatalog.ENROLMENT_REQUESTED, "enrolmentId");
        ((ObjectNode) event.get("payload"))
                .put("occasionId", occasion)
                .put("orderId", UUID.randomUUID().toString());
        return event;
    }

    /** The contract's example of the type, about a new aggregate (its id in the payload field named). */
    private static ObjectNode event(EventDefinition type, String idField) {
        ObjectNode event =
                (ObjectNode) EventSchemas.readResource(type.exampleResource()).deepCopy();
        // Unnumbered, as events from before versions were: each applies whatever the order the test sends them in.
        event.remove("aggregateVersion");
        String id = UUID.randomUUID().toString();
        event.put("eventId", UUID.randomUUID().toString()).put("aggregateId", id);
        ((ObjectNode) event.get("payload")).put(idField, id);
        assertThat(EventSchemas.violations(event)).isEmpty();
        return event;
    }
}
