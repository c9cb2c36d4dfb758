package se.uppdrag.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Validates an event (envelope and payload) against the JSON Schemas in this module. */
public final class EventSchemas {

    public static final String ENVELOPE_SCHEMA = "contracts/schemas/envelope.v1.schema.json";

    /** Draft 2020-12, plus the x- annotations our schemas carry for documentation (topic, producer, aggregate). */
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.builder(
                    JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012))
            .metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                    .keywords(List.of(
                            new NonValidationKeyword("x-topic"),
                            new NonValidationKeyword("x-producer"),
                            new NonValidationKeyword("x-aggregate")))
                    .build())
            .build();

    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private EventSchemas() {}

    /** Every violation of the envelope schema and of the payload schema its type and version name; empty when valid. */
    public static List<String> violations(JsonNode event) {
        List<String> problems = new ArrayList<>(messages(schema(ENVELOPE_SCHEMA).validate(event)));
        if (!problems.isEmpty()) {
            return problems;
        }
        String type = event.get("type").asText();
        int version = event.get("schemaVersion").asInt();
        EventDefinition definition = EventCatalog.find(type, version).orElse(null);
        if (definition == null) {
            return List.of("no schema for event type " + type + " version " + version);
        }
        if (!definition.producer().equals(event.get("producer").asText())) {
            problems.add(type + " is produced by " + definition.producer() + ", not "
                    + event.get("producer").asText());
        }
        problems.addAll(messages(schema(definition.schemaResource()).validate(event.get("payload"))));
        return problems;
    }

    public static JsonSchema schema(String resource) {
        return CACHE.computeIfAbsent(resource, r -> FACTORY.getSchema(readResource(r), CONFIG));
    }

    public static JsonNode readResource(String resource) {
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no such resource: " + resource);
            }
            return EventJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> messages(Set<ValidationMessage> messages) {
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
