package se.uppdrag.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import se.uppdrag.contracts.EventJson;
import se.uppdrag.testsupport.TestDatabase;

/**
 * Malformed and out-of-range requests, generated from the services' own OpenAPI documents: hostile path and query
 * parameters, bodies with fields missing, of the wrong type, too long, too large, out of range, badly dated, with
 * injection strings, extra fields, the wrong content type, or no JSON at all. Each is sent as a caller who may use the
 * operation (so the service's own checks answer, not the access rules); every one must answer 4xx problem+json, none
 * 5xx, and afterwards no table of any service has a row more or less than before.
 */
class HostileRequestsIT {

    private static final int AT_LEAST = 5_000;
    private static final String INJECTION = "'; drop table enrolment; --";
    private static final List<String> HOSTILE_PATH_VALUES = List.of("%27%20OR%201%3D1--", "..%2F..%2Fetc%2Fpasswd",
            "%00", "A".repeat(3_000), "-1", "99999999999999999999999", "00000000-0000-0000-0000-000000000000",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%7B%7D", "null", "6f1c1b8e-0f5c-4a4b-9a43-2b9e1f3c8d7a", "%20",
            "%E2%80%AE", "1e400", "0x1F");

    /** One hostile request. */
    record Hostile(OpenApiOperations.Operation operation, String what, String path, Map<String, String> query,
            String contentType, byte[] body) {
    }

    /** A body larger than any service takes: announced by its length, which is all a server needs to refuse it. */
    private static final byte[] OVERSIZED = new byte[0];
    private static final long OVERSIZED_LENGTH = 300L * 1024 * 1024;

    @Test
    void malformed_and_out_of_range_requests_answer_4xx_problem_json_and_write_nothing() {
        RunningPlatform platform = Scenario.platform();
        Fixtures.ids();
        List<Hostile> requests = new ArrayList<>();
        List<OpenApiOperations.Operation> operations = OpenApiOperations.of(platform);
        while (requests.size() < AT_LEAST) {
            for (OpenApiOperations.Operation operation : operations) {
                generate(operation, requests, requests.size() / Math.max(1, operations.size()));
            }
        }
        Map<String, Long> before = awaitQuiet(platform);

        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        RestAssuredConfig raw = RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                .appendDefaultContentCharsetToContentTypeIfUndefined(false));
        for (Hostile hostile : requests) {
            OpenApiOperations.Operation operation = hostile.operation();
            if (hostile.body() == OVERSIZED) {
                String[] answer = oversized(platform, hostile);
                int status = Integer.parseInt(answer[0]);
                statuses.merge(status, 1, Integer::sum);
                if (status < 400 || status >= 500 || answer[1] == null || !answer[1].startsWith("application/problem+json")) {
                    wrong.add(operation.service() + " " + operation.name() + " " + hostile.what() + " → " + status + " "
                            + answer[1]);
                }
                continue;
            }
            RequestSpecification request = given().config(raw).baseUri(platform.url(operation.service()))
                    .urlEncodingEnabled(false);
            String token = tokenFor(operation);
            if (token != null) {
                request.auth().oauth2(token);
            }
            hostile.query().forEach(request::queryParam);
            if (hostile.body() != null) {
                request.contentType(hostile.contentType()).body(hostile.body());
            }
            Response response;
            try {
                response = request.request(operation.method(), hostile.path());
            } catch (RuntimeException e) {
                wrong.add(operation.service() + " " + operation.name() + " " + hostile.what() + " → no answer: " + e);
                continue;
            }
            int status = response.statusCode();
            statuses.merge(status, 1, Integer::sum);
            String type = response.contentType();
            if (status < 400 || status >= 500 || type == null || !type.startsWith("application/problem+json")) {
                wrong.add(operation.service() + " " + operation.name() + " " + hostile.what() + " → " + status + " "
                        + type + " " + abbreviate(response.asString()));
            }
        }
        Map<String, Long> after = awaitQuiet(platform);
        System.out.printf("[hostile] %d requests over %d operations; answers by status %s; 5xx: %d%n", requests.size(),
                operations.size(), statuses, statuses.entrySet().stream().filter(e -> e.getKey() >= 500)
                        .mapToInt(Map.Entry::getValue).sum());
        wrong.stream().limit(40).forEach(w -> System.out.println("[hostile] WRONG " + w));
        assertThat(wrong).as("hostile requests not answered 4xx problem+json").isEmpty();
        assertThat(after).as("rows per table before and after").isEqualTo(before);
    }

    // --- generation --------------------------------------------------------------------------------------------

    private static void generate(OpenApiOperations.Operation operation, List<Hostile> out, int round) {
        String path = Fixtures.concrete(operation.path());
        // Hostile path parameters, one place at a time.
        String[] segments = operation.path().split("/");
        String[] concrete = path.split("/");
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                for (String value : HOSTILE_PATH_VALUES) {
                    String[] copy = concrete.clone();
                    copy[i] = value + (round == 0 ? "" : Integer.toString(round));
                    out.add(new Hostile(operation, "path " + segments[i] + "=" + abbreviate(value), String.join("/", copy),
                            Map.of(), null, null));
                }
            }
        }
        // Hostile query parameters, each on its own, by what the document says the parameter is.
        operation.queryParameters().forEach((name, type) -> {
            List<String> values = new ArrayList<>(List.of("A".repeat(1_000 + round), "%00" + "B".repeat(300)));
            if (type.startsWith("integer") || type.startsWith("number")) {
                values.addAll(List.of("-1", "abc", "99999999999999999999", "1e400", INJECTION.replace(" ", "%20")));
            } else if (type.contains("date") || name.equals("from") || name.equals("to")) {
                values.addAll(List.of("2027-02-30", "yesterday", "20270101", INJECTION.replace(" ", "%20")));
            } else if (name.equals("page") || name.equals("size") || name.equals("limit")) {
                values.addAll(List.of("-1", "abc", "99999999999999999999"));
            }
            for (String value : values) {
                out.add(new Hostile(operation, "query " + name + "=" + abbreviate(value), path, Map.of(name, value), null,
                        null));
            }
        });
        if (!operation.hasBody()) {
            return;
        }
        String type = operation.requestTypes().get(0);
        if (!type.contains("json")) {
            for (String body : List.of("", "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<a>&x;</a>", "<Document><unclosed>", "\u0000\u0001\u0002", "01BGMAX\n" + "9".repeat(500),
                    INJECTION)) {
                out.add(new Hostile(operation, "file " + abbreviate(body), path, Map.of(), type,
                        body.getBytes(StandardCharsets.UTF_8)));
            }
            out.add(new Hostile(operation, "wrong content type", path, Map.of(), "application/json",
                    "{\"file\":1}".getBytes(StandardCharsets.UTF_8)));
            out.add(new Hostile(operation, "oversized file", path, Map.of(), type, OVERSIZED));
            return;
        }
        for (String body : List.of("", "{", "null", "[]", "\"text\"", "42", "{\"a\":", "{}{}", "\u0000",
                "{\"x\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}")) {
            out.add(new Hostile(operation, "body " + abbreviate(body), path, Map.of(), type,
                    body.getBytes(StandardCharsets.UTF_8)));
        }
        out.add(new Hostile(operation, "oversized body", path, Map.of(), type, OVERSIZED));
        for (String example : operation.examples().isEmpty() ? List.of("{}") : operation.examples()) {
            JsonNode base = parse(example);
            if (!(base instanceof ObjectNode object)) {
                continue;
            }
            out.add(new Hostile(operation, "text/plain", path, Map.of(), "text/plain", bytes(object)));
            out.add(new Hostile(operation, "application/xml", path, Map.of(), "application/xml", bytes(object)));
            ObjectNode extra = object.deepCopy().put("unexpectedField" + round, "x");
            out.add(new Hostile(operation, "extra field", path, Map.of(), type, bytes(extra)));
            for (String field : operation.requiredFields()) {
                ObjectNode missing = object.deepCopy();
                missing.remove(field);
                out.add(new Hostile(operation, "missing " + field, path, Map.of(), type, bytes(missing)));
                ObjectNode nulled = object.deepCopy();
                nulled.putNull(field);
                out.add(new Hostile(operation, "null " + field, path, Map.of(), type, bytes(nulled)));
            }
            leaves(object, "", (leaf) -> {
                for (Map.Entry<String, JsonNode> replacement : replacements(leaf.value(), round).entrySet()) {
                    ObjectNode mutated = object.deepCopy();
                    leaf.set(mutated, replacement.getValue());
                    out.add(new Hostile(operation, leaf.pointer() + " " + replacement.getKey(), path, Map.of(), type,
                            bytes(mutated)));
                }
            });
        }
    }

    /** Values that no field of that shape may take. */
    private static Map<String, JsonNode> replacements(JsonNode value, int round) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        Map<String, JsonNode> out = new LinkedHashMap<>();
        out.put("as object", json.objectNode().put("nested", round));
        if (value.isTextual()) {
            out.put("as array", json.arrayNode().add(value.asText()));
            out.put("100 000 characters", json.textNode("Ä".repeat(100_000 + round)));
            String text = value.asText();
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                out.put("bad date", json.textNode("2027-02-30"));
                out.put("not a date", json.textNode("next " + INJECTION));
            } else if (text.matches("[0-9a-f]{8}-[0-9a-f-]{27}")) {
                out.put("not a uuid", json.textNode(INJECTION));
            } else if (text.matches("[A-Z_]{2,}")) {
                out.put("not one of the values", json.textNode(INJECTION));
            } else if (text.matches("-?\\d+(\\.\\d+)?")) {
                out.put("not a number", json.textNode(INJECTION));
                out.put("out of range", json.textNode("-" + "9".repeat(40)));
            } else if (text.contains("@")) {
                out.put("not an e-mail", json.textNode(INJECTION));
            }
        } else if (value.isNumber()) {
            out.put("as text", json.textNode("abc"));
            out.put("too big", json.numberNode(new java.math.BigDecimal("1e400")));
            out.put("huge", json.numberNode(new java.math.BigInteger("9".repeat(30))));
            out.put("negative", json.numberNode(-1 - round));
        } else if (value.isBoolean()) {
            out.put("as text", json.textNode("maybe"));
            out.put("as number", json.numberNode(2));
        } else if (value.isArray()) {
            out.put("as text", json.textNode("x"));
            out.put("holding null", json.arrayNode().addNull());
            out.put("holding a number", json.arrayNode().add(round));
        } else if (value.isObject()) {
            out.put("as text", json.textNode("x"));
            out.put("as array", json.arrayNode());
        }
        return out;
    }

    /** A place in the example: its JSON pointer, its value, and how to put another value there. */
    record Leaf(String pointer, JsonNode value) {
        void set(ObjectNode root, JsonNode replacement) {
            int slash = pointer.lastIndexOf('/');
            JsonNode parent = slash == 0 ? root : root.at(pointer.substring(0, slash));
            String name = pointer.substring(slash + 1);
            if (parent instanceof ObjectNode object) {
                object.set(name, replacement);
            } else if (parent instanceof ArrayNode array) {
                array.set(Integer.parseInt(name), replacement);
            }
        }
    }

    private static void leaves(JsonNode node, String pointer, Consumer<Leaf> sink) {
        if (!pointer.isEmpty()) {
            sink.accept(new Leaf(pointer, node));
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                leaves(field.getValue(), pointer + "/" + field.getKey(), sink);
            }
        } else if (node.isArray() && node.size() > 0) {
            leaves(node.get(0), pointer + "/0", sink);
        }
    }

    /** Sends only the head of a request announcing a 300 MB body, and reads the status and content type answered. */
    private static String[] oversized(RunningPlatform platform, Hostile hostile) {
        java.net.URI uri = java.net.URI.create(platform.url(hostile.operation().service()));
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            String token = tokenFor(hostile.operation());
            String head = hostile.operation().method() + " " + hostile.path() + " HTTP/1.1\r\nHost: localhost\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "Content-Type: " + hostile.contentType() + "\r\nContent-Length: " + OVERSIZED_LENGTH + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(new byte[64 * 1024]);
            socket.getOutputStream().flush();
            java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.InputStreamReader(
                    socket.getInputStream(), StandardCharsets.ISO_8859_1));
            String status = reader.readLine().split(" ")[1];
            String type = null;
            for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")) {
                    type = line.substring(13).trim();
                }
            }
            return new String[] {status, type};
        } catch (java.io.IOException e) {
            return new String[] {"0", "no answer: " + e};
        }
    }

    // --- what was written --------------------------------------------------------------------------------------

    /** Rows per table of every service, once two counts a few seconds apart agree (events from the set-up applied). */
    private static Map<String, Long> awaitQuiet(RunningPlatform platform) {
        Map<String, Long> previous = rowCounts(platform);
        for (int i = 0; i < 30; i++) {
            Pause.sleep(2_000);
            Map<String, Long> now = rowCounts(platform);
            if (now.equals(previous)) {
                return now;
            }
            previous = now;
        }
        throw new IllegalStateException("the services kept writing without being asked to");
    }

    private static Map<String, Long> rowCounts(RunningPlatform platform) {
        Map<String, Long> counts = new TreeMap<>();
        for (String service : RunningPlatform.SERVICES) {
            try (Connection c = DriverManager.getConnection(platform.jdbcUrl(service), TestDatabase.USER,
                    TestDatabase.PASSWORD); Statement s = c.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet r = s.executeQuery("select table_name from information_schema.tables "
                        + "where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                    while (r.next()) {
                        tables.add(r.getString(1));
                    }
                }
                for (String table : tables) {
                    try (ResultSet r = s.executeQuery("select count(*) from " + table)) {
                        r.next();
                        counts.put(service + "." + table, r.getLong(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return counts;
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /** A caller the operation is for, of the organisation owning the fixtures; none for public operations. */
    private static String tokenFor(OpenApiOperations.Operation operation) {
        Set<String> roles = AccessMatrixIT.MATRIX.get(operation.service() + " " + operation.name());
        if (roles == null || roles.contains(AccessMatrixIT.PUBLIC)) {
            return null;
        }
        if (roles.contains(AccessMatrixIT.UNIVERSITY) || roles.contains(AccessMatrixIT.SIGNED_IN)) {
            return KeycloakTokens.university(Scenario.KUSTLAND);
        }
        if (roles.contains(AccessMatrixIT.EMPLOYER)) {
            return KeycloakTokens.employer(Scenario.VERKSTAD);
        }
        if (roles.contains(AccessMatrixIT.FINANCE)) {
            return KeycloakTokens.finance(Scenario.KUSTLAND);
        }
        return KeycloakTokens.operator();
    }

    private static JsonNode parse(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…(" + flat.length() + ")" : flat;
    }
}
