package se.uppdrag.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

class EventContractsTest {

    private static final Path CONTRACTS = Path.of("src/main/resources/contracts");

    static List<EventDefinition> definitions() {
        return EventCatalog.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void example_validates_against_its_schema(EventDefinition definition) {
        JsonNode example = EventSchemas.readResource(definition.exampleResource());

        assertThat(EventSchemas.violations(example)).isEmpty();
        assertThat(example.get("type").asText()).isEqualTo(definition.type());
        assertThat(example.get("producer").asText()).isEqualTo(definition.producer());
        assertThat(example.get("aggregateType").asText()).isEqualTo(definition.aggregateType());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void example_round_trips_through_its_java_type(EventDefinition definition) throws IOException {
        JsonNode example = EventSchemas.readResource(definition.exampleResource());

        EventEnvelope envelope = EventJson.mapper().treeToValue(example, EventEnvelope.class);
        Object payload = EventJson.mapper().treeToValue(envelope.payload(), definition.payloadType());
        JsonNode written = EventJson.mapper().valueToTree(payload);

        assertThat(withoutNulls(written)).isEqualTo(withoutNulls(example.get("payload")));
        ObjectNode rewritten = EventJson.mapper().valueToTree(envelope);
        rewritten.set("payload", written);
        assertThat(EventSchemas.violations(rewritten)).isEmpty();
    }

    @Test
    void every_schema_file_is_a_known_event_and_every_event_has_a_schema() throws IOException {
        Set<String> files;
        try (Stream<Path> walk = Files.walk(CONTRACTS.resolve("schemas"))) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".schema.json"))
                    .map(p -> CONTRACTS.getParent().relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.endsWith("envelope.v1.schema.json"))
                    .collect(Collectors.toSet());
        }
        Set<String> declared =
                EventCatalog.ALL.stream().map(EventDefinition::schemaResource).collect(Collectors.toSet());
        assertThat(files).isEqualTo(declared);
    }

    @Test
    void every_schema_names_the_topic_and_producer_the_catalog_gives() {
        for (EventDefinition definition : EventCatalog.ALL) {
            JsonNode schema = EventSchemas.readResource(definition.schemaResource());
            assertThat(schema.get("x-topic").asText()).as(definition.type()).isEqualTo(definition.topic());
            assertThat(schema.get("x-producer").asText()).as(definition.type()).isEqualTo(definition.producer());
        }
    }

    @Test
    void asyncapi_names_every_event_on_its_topic_and_every_reference_exists() throws IOException {
        Map<String, Object> asyncapi = new Yaml().load(Files.readString(CONTRACTS.resolve("asyncapi.yaml")));
        assertThat(asyncapi.get("asyncapi")).isEqualTo("3.0.0");
        Map<String, Map<String, Object>> channels = cast(asyncapi.get("channels"));
        Map<String, Object> components = cast(asyncapi.get("components"));
        Map<String, Object> messages = cast(components.get("messages"));

        for (EventDefinition definition : EventCatalog.ALL) {
            Map<String, Object> channel = channels.values().stream()
                    .filter(c -> definition.topic().equals(c.get("address")))
                    .findFirst()
                    .orElseThrow();
            Map<String, Object> channelMessages = cast(channel.get("messages"));
            assertThat(channelMessages).as(definition.topic()).containsKey(definition.type());
            assertThat(messages).containsKey(definition.type());
        }
        for (String topic : List.of(
                Topics.CATALOGUE_OFFERINGS,
                Topics.PARTNER_AGREEMENTS,
                Topics.ENROLMENT_ENROLMENTS,
                Topics.INVOICING_INVOICES)) {
            assertThat(channels.values())
                    .anyMatch(c -> Topics.deadLetterTopic(topic).equals(c.get("address")));
        }
        List<String> refs = Files.readAllLines(CONTRACTS.resolve("asyncapi.yaml")).stream()
                .map(String::trim)
                .filter(l -> l.startsWith("$ref: '") && !l.contains("#"))
                .map(l -> l.substring("$ref: '".length(), l.length() - 1))
                .toList();
        assertThat(refs)
                .isNotEmpty()
                .allSatisfy(ref -> assertThat(CONTRACTS.resolve(ref)).exists());
    }

    @Test
    void each_service_publishes_its_own_events() {
        assertThat(EventCatalog.producedBy(EventCatalog.ENROLMENT))
                .hasSize(9)
                .allSatisfy(d -> assertThat(d.topic()).isEqualTo(Topics.ENROLMENT_ENROLMENTS));
        assertThat(EventCatalog.producedBy(EventCatalog.CATALOGUE))
                .extracting(EventDefinition::type)
                .containsExactly(
                        "CoursePublished",
                        "CourseChanged",
                        "OfferingPublished",
                        "OfferingChanged",
                        "OfferingWithdrawn",
                        "LearningPathPublished",
                        "LearningPathChanged");
    }

    @Test
    void a_payload_missing_a_required_field_is_refused() {
        ObjectNode event = (ObjectNode) EventSchemas.readResource(EventCatalog.OFFERING_PUBLISHED.exampleResource());
        ((ObjectNode) event.get("payload")).remove("listPrice");

        assertThat(EventSchemas.violations(event)).anyMatch(v -> v.contains("listPrice"));
    }

    @Test
    void money_as_a_json_number_is_refused() {
        ObjectNode event = (ObjectNode) EventSchemas.readResource(EventCatalog.INVOICE_ISSUED.exampleResource());
        ((ObjectNode) event.get("payload").get("total")).put("amount", 18750.0);

        assertThat(EventSchemas.violations(event)).isNotEmpty();
    }

    @Test
    void a_date_beyond_four_digit_years_is_refused() {
        // What Java writes for a year past 9999; the outbox refuses to publish it, as every consumer would.
        ObjectNode event = (ObjectNode) EventSchemas.readResource(EventCatalog.OFFERING_PUBLISHED.exampleResource());
        ((ObjectNode) event.get("payload")).put("endDate", "+57467-08-27");

        assertThat(EventSchemas.violations(event)).anyMatch(v -> v.contains("endDate"));
    }

    @Test
    void a_personal_identity_number_cannot_travel_in_an_enrolment_event() {
        ObjectNode event = (ObjectNode) EventSchemas.readResource(EventCatalog.ENROLMENT_REQUESTED.exampleResource());
        ((ObjectNode) event.get("payload").get("participant")).put("personalIdentityNumber", "19900101-1234");

        assertThat(EventSchemas.violations(event)).anyMatch(v -> v.contains("personalIdentityNumber"));
    }

    @Test
    void an_unknown_type_or_version_is_refused() {
        ObjectNode event = (ObjectNode) EventSchemas.readResource(EventCatalog.OFFERING_PUBLISHED.exampleResource());
        event.put("schemaVersion", 9);
        assertThat(EventSchemas.violations(event))
                .containsExactly("no schema for event type OfferingPublished version 9");

        event.put("schemaVersion", 1).put("type", "OfferingTeleported");
        assertThat(EventSchemas.violations(event))
                .containsExactly("no schema for event type OfferingTeleported version 1");
    }

    @Test
    void an_event_claimed_by_the_wrong_producer_is_refused() {
        ObjectNode event = (ObjectNode) EventSchemas.readResource(EventCatalog.OFFERING_PUBLISHED.exampleResource());
        event.put("producer", "invoicing");

        assertThat(EventSchemas.violations(event))
                .containsExactly("OfferingPublished is produced by catalogue, not invoicing");
    }

    private static JsonNode withoutNulls(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isNull()) {
                    fields.remove();
                } else {
                    strip(field.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(EventContractsTest::strip);
        }
    }

    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"}) // YAML's maps and lists, read as the test expects
    private static <T> T cast(Object o) {
        return (T) o;
    }
}
