package se.uppdrag.contracts;

/**
 * One event type at one schema version: where it is published, by whom, and the Java type of its payload.
 * The JSON Schema at {@link #schemaResource()} is the truth; the Java type is checked against it in tests.
 */
public record EventDefinition(
        String type, int version, String topic, String producer, String aggregateType, Class<?> payloadType) {

    public String schemaResource() {
        return "contracts/schemas/" + producer + "/" + type + ".v" + version + ".schema.json";
    }

    public String exampleResource() {
        return "contracts/examples/" + producer + "/" + type + ".v" + version + ".json";
    }
}
