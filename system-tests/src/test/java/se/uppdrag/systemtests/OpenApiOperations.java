package se.uppdrag.systemtests;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.uppdrag.contracts.EventJson;

/** Every operation the four running services document at {@code /q/openapi}, with what their documents say of it. */
final class OpenApiOperations {

    /**
     * One documented operation: its service, method, path template, request media types and example bodies, its query
     * parameters (name → type or type/format), the request body's required fields and its top-level properties (name
     * → kind: date, enum, integer, number, boolean, string, object or array).
     */
    record Operation(
            String service,
            String method,
            String path,
            List<String> requestTypes,
            List<String> examples,
            Map<String, String> queryParameters,
            List<String> requiredFields,
            Map<String, String> properties) {

        String name() {
            return method + " " + path;
        }

        boolean hasBody() {
            return !requestTypes.isEmpty();
        }
    }

    private OpenApiOperations() {}

    /** An example as the document gives it: JSON as JSON text, anything else (XML, a bank file) as it is. */
    private static String json(Object value) {
        if (value instanceof String text) {
            return text;
        }
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a property's schema says it holds, following one reference. */
    private static String kind(JsonPath document, Map<String, Object> schema) {
        Map<String, Object> resolved = schema;
        if (schema.get("$ref") instanceof String ref) {
            resolved = document.getMap("components.schemas." + ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (resolved.get("enum") != null) {
            return "enum";
        }
        if ("date".equals(resolved.get("format"))) {
            return "date";
        }
        return String.valueOf(resolved.getOrDefault("type", "object"));
    }

    static List<Operation> of(RunningPlatform platform) {
        List<Operation> operations = new ArrayList<>();
        for (String service : RunningPlatform.SERVICES) {
            JsonPath document = given().baseUri(platform.url(service))
                    .queryParam("format", "json")
                    .get("/q/openapi")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
            paths.forEach((path, methods) -> methods.forEach((method, spec) -> {
                if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    return;
                }
                List<String> types = new ArrayList<>();
                List<String> examples = new ArrayList<>();
                List<String> required = new ArrayList<>();
                Map<String, String> properties = new LinkedHashMap<>();
                Map<?, ?> body = (Map<?, ?>) spec.get("requestBody");
                if (body != null) {
                    Map<?, ?> content = (Map<?, ?>) body.get("content");
                    content.forEach((type, media) -> {
                        types.add((String) type);
                        Map<?, ?> named = (Map<?, ?>) ((Map<?, ?>) media).get("examples");
                        if (named != null) {
                            named.values().forEach(e -> examples.add(json(((Map<?, ?>) e).get("value"))));
                        }
                        Map<?, ?> schema = (Map<?, ?>) ((Map<?, ?>) media).get("schema");
                        if (schema != null && schema.get("$ref") instanceof String ref && required.isEmpty()) {
                            String name = ref.substring(ref.lastIndexOf('/') + 1);
                            List<String> names = document.getList("components.schemas." + name + ".required");
                            if (names != null) {
                                required.addAll(names);
                            }
                            Map<String, Map<String, Object>> declared =
                                    document.getMap("components.schemas." + name + ".properties");
                            if (declared != null) {
                                declared.forEach((property, declaration) ->
                                        properties.put(property, kind(document, declaration)));
                            }
                        }
                    });
                }
                Map<String, String> query = new LinkedHashMap<>();
                List<?> parameters = (List<?>) spec.get("parameters");
                if (parameters != null) {
                    for (Object p : parameters) {
                        Map<?, ?> parameter = (Map<?, ?>) p;
                        if ("query".equals(parameter.get("in"))) {
                            Map<?, ?> schema = (Map<?, ?>) parameter.get("schema");
                            query.put(
                                    (String) parameter.get("name"),
                                    schema == null
                                            ? "string"
                                            : schema.get("type")
                                                    + (schema.get("format") == null ? "" : "/" + schema.get("format")));
                        }
                    }
                }
                operations.add(new Operation(
                        service, method.toUpperCase(), path, types, examples, query, required, properties));
            }));
        }
        return operations;
    }
}
