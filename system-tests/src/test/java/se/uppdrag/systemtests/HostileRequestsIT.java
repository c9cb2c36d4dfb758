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
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import se.uppdrag.contracts.EventJson;
import se.uppdrag.testsupport.BankFiles;
import se.uppdrag.testsupport.TestDatabase;

/**
 * Malformed and out-of-range requests, generated from the services' own OpenAPI documents, family by family: hostile
 * path and query parameters and pages past any int; bodies of the wrong shape, size or content type; fields missing,
 * null, extra, given twice or of the wrong type; types a lenient reader would coerce (an enum's position, a number as a
 * date, text as a number); dates not written YYYY-MM-DD in 1900–2199; numbers whose arithmetic would cost seconds;
 * text with control characters, lone surrogates, overlong UTF-8, line breaks in names, or nothing but blanks; bank
 * files nested, wide or long past any real one; and requests the HTTP layer refuses (no Host, over-long line or
 * headers; not bytes that are not HTTP or a URI, which Vert.x and Quarkus answer with a bare 400 before any of the
 * services' code). Each is sent as a caller who may use the operation, to the fixtures' own ids, so the
 * service's own checks answer, not the access rules. Every one must answer 4xx problem+json naming no Java type,
 * within {@link #SLOWEST_ALLOWED_MS}; afterwards no table of any service has a row more or less than before (so nothing
 * was stored, published or dead-lettered).
 */
class HostileRequestsIT {

    private static final int AT_LEAST = 5_000;
    /** Far above the slowest seen (the figure is printed); the requests this family once had took 15 s and more. */
    private static final long SLOWEST_ALLOWED_MS = 2_000;

    private static final String INJECTION = "'; drop table enrolment; --";
    private static final List<String> HOSTILE_PATH_VALUES = List.of(
            "%27%20OR%201%3D1--",
            "..%2F..%2Fetc%2Fpasswd",
            "%00",
            "A".repeat(3_000),
            "-1",
            "99999999999999999999999",
            "00000000-0000-0000-0000-000000000000",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "%7B%7D",
            "null",
            "6f1c1b8e-0f5c-4a4b-9a43-2b9e1f3c8d7a",
            "%20",
            "%E2%80%AE",
            "1e400",
            "0x1F");
    /** Fields shown on one line wherever they appear (lists, the participation CSV). */
    private static final Set<String> ONE_LINE_FIELDS = Set.of("givenName", "familyName", "employeeNumber");
    /** Words in an error body that would tell a client how the service is built. */
    private static final List<String> IMPLEMENTATION_WORDS =
            List.of("se.uppdrag", "java.", "jakarta.", "com.fasterxml", "org.hibernate", "`", "Exception");

    private static final String MARKER = "@@HOSTILE@@";

    /** One hostile request, of a family of findings. */
    record Hostile(
            OpenApiOperations.Operation operation,
            String family,
            String what,
            String path,
            Map<String, String> query,
            String contentType,
            byte[] body) {}

    /** A value to put where a field's value was: raw JSON, so it can be what no JSON writer would write. */
    record Replacement(String family, byte[] json) {
        static Replacement of(String family, JsonNode node) {
            return new Replacement(family, node.toString().getBytes(StandardCharsets.UTF_8));
        }

        static Replacement raw(String family, String json) {
            return new Replacement(family, json.getBytes(StandardCharsets.UTF_8));
        }
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
        Map<String, Integer> families = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        long slowestMs = 0;
        String slowest = "";
        RestAssuredConfig raw = RestAssuredConfig.config()
                .encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
        for (Hostile hostile : requests) {
            OpenApiOperations.Operation operation = hostile.operation();
            families.merge(hostile.family(), 1, Integer::sum);
            String name =
                    operation.service() + " " + operation.name() + " [" + hostile.family() + "] " + hostile.what();
            long started = System.nanoTime();
            int status;
            String type;
            String body;
            if (hostile.body() == OVERSIZED) {
                String[] answer = oversized(platform, hostile);
                status = Integer.parseInt(answer[0]);
                type = answer[1];
                body = "";
            } else {
                RequestSpecification request = given().config(raw)
                        .baseUri(platform.url(operation.service()))
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
                    wrong.add(name + " → no answer: " + e);
                    continue;
                }
                status = response.statusCode();
                type = response.contentType();
                body = response.asString();
            }
            long ms = (System.nanoTime() - started) / 1_000_000;
            if (ms > slowestMs) {
                slowestMs = ms;
                slowest = name;
            }
            statuses.merge(status, 1, Integer::sum);
            check(name, status, type, body, ms, wrong);
        }
        List<String[]> rawRequests = httpLayer();
        for (String[] request : rawRequests) {
            families.merge("HTTP layer", 1, Integer::sum);
            long started = System.nanoTime();
            String[] answer = sendRaw(platform, request[0], request[2].getBytes(StandardCharsets.ISO_8859_1));
            long ms = (System.nanoTime() - started) / 1_000_000;
            int status = Integer.parseInt(answer[0]);
            statuses.merge(status, 1, Integer::sum);
            check(request[0] + " [HTTP layer] " + request[1], status, answer[1], answer[2], ms, wrong);
        }
        Map<String, Long> after = awaitQuiet(platform);
        System.out.printf(
                "[hostile] %d requests over %d operations; answers by status %s; 5xx: %d; slowest %d ms (%s)%n",
                requests.size() + rawRequests.size(),
                operations.size(),
                statuses,
                statuses.entrySet().stream()
                        .filter(e -> e.getKey() >= 500)
                        .mapToInt(Map.Entry::getValue)
                        .sum(),
                slowestMs,
                abbreviate(slowest));
        System.out.printf("[hostile] requests per family: %s%n", families);
        wrong.stream().limit(40).forEach(w -> System.out.println("[hostile] WRONG " + w));
        assertThat(wrong)
                .as("hostile requests not answered 4xx problem+json in time")
                .isEmpty();
        assertThat(after).as("rows per table before and after").isEqualTo(before);
    }

    private static void check(String name, int status, String type, String body, long ms, List<String> wrong) {
        String why = status < 400 || status >= 500
                ? "status " + status
                : type == null || !type.startsWith("application/problem+json")
                        ? "content type " + type
                        : IMPLEMENTATION_WORDS.stream()
                                .filter(body::contains)
                                .findFirst()
                                .map(w -> "body names " + w)
                                .orElse(ms > SLOWEST_ALLOWED_MS ? "took " + ms + " ms" : null);
        if (why != null) {
            wrong.add(name + " → " + why + " " + status + " " + type + " " + abbreviate(body));
        }
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
                    out.add(new Hostile(
                            operation,
                            "path parameter",
                            segments[i] + "=" + abbreviate(value),
                            String.join("/", copy),
                            Map.of(),
                            null,
                            null));
                }
            }
        }
        // Hostile query parameters, each on its own, by what the document says the parameter is.
        operation.queryParameters().forEach((name, type) -> {
            List<String> values = new ArrayList<>(List.of("A".repeat(1_000 + round), "%00" + "B".repeat(300)));
            if (type.startsWith("integer") || type.startsWith("number")) {
                values.addAll(List.of("-1", "abc", "99999999999999999999", "1e400", INJECTION.replace(" ", "%20")));
            } else if (type.contains("date") || name.equals("from") || name.equals("to")) {
                values.addAll(List.of(
                        "2027-02-30",
                        "yesterday",
                        "20270101",
                        INJECTION.replace(" ", "%20"),
                        "%2B57467-08-27",
                        "2027-01-01T00:00:00Z",
                        "2027-01-01%00",
                        "1899-12-31",
                        "2200-01-01"));
            } else if (name.equals("page") || name.equals("size") || name.equals("limit")) {
                values.addAll(List.of("-1", "abc", "99999999999999999999"));
            }
            for (String value : values) {
                out.add(new Hostile(
                        operation,
                        "query parameter",
                        name + "=" + abbreviate(value),
                        path,
                        Map.of(name, value),
                        null,
                        null));
            }
        });
        if (operation.queryParameters().containsKey("page")) {
            for (Map<String, String> query : List.of(
                    Map.of("page", "21474837", "size", "100"),
                    Map.of("page", "2147483647"),
                    Map.of("page", Integer.toString(1_000_001 + round), "size", "100"))) {
                out.add(new Hostile(operation, "page overflow", query.toString(), path, query, null, null));
            }
        }
        if (!operation.hasBody()) {
            return;
        }
        String type = operation.requestTypes().get(0);
        if (!type.contains("json")) {
            for (String body : List.of(
                    "",
                    "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + "<a>&x;</a>",
                    "<Document><unclosed>",
                    "\u0000\u0001\u0002",
                    "01BGMAX\n" + "9".repeat(500),
                    INJECTION)) {
                out.add(new Hostile(
                        operation,
                        "body shape",
                        "file " + abbreviate(body),
                        path,
                        Map.of(),
                        type,
                        body.getBytes(StandardCharsets.UTF_8)));
            }
            out.add(new Hostile(
                    operation,
                    "content type",
                    "wrong content type",
                    path,
                    Map.of(),
                    "application/json",
                    "{\"file\":1}".getBytes(StandardCharsets.UTF_8)));
            out.add(new Hostile(operation, "oversized body", "oversized file", path, Map.of(), type, OVERSIZED));
            bankFiles(operation, path, out, round);
            return;
        }
        for (String body : List.of(
                "",
                "{",
                "null",
                "[]",
                "\"text\"",
                "42",
                "{\"a\":",
                "{}{}",
                "\u0000",
                "{\"x\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}",
                "[{\"a\":1}]",
                "[1]")) {
            out.add(new Hostile(
                    operation,
                    "body shape",
                    "body " + abbreviate(body),
                    path,
                    Map.of(),
                    type,
                    body.getBytes(StandardCharsets.UTF_8)));
        }
        out.add(new Hostile(operation, "oversized body", "oversized body", path, Map.of(), type, OVERSIZED));
        if ("PATCH".equals(operation.method())) {
            partialChanges(operation, path, type, out, round);
        }
        for (String example : operation.examples().isEmpty() ? List.of("{}") : operation.examples()) {
            JsonNode base = parse(example);
            if (!(base instanceof ObjectNode object)) {
                continue;
            }
            out.add(new Hostile(operation, "content type", "text/plain", path, Map.of(), "text/plain", bytes(object)));
            out.add(new Hostile(
                    operation, "content type", "application/xml", path, Map.of(), "application/xml", bytes(object)));
            ObjectNode extra = object.deepCopy().put("unexpectedField" + round, "x");
            out.add(new Hostile(
                    operation, "missing, null or extra field", "extra field", path, Map.of(), type, bytes(extra)));
            for (String field : operation.requiredFields()) {
                ObjectNode missing = object.deepCopy();
                missing.remove(field);
                out.add(new Hostile(
                        operation,
                        "missing, null or extra field",
                        "missing " + field,
                        path,
                        Map.of(),
                        type,
                        bytes(missing)));
                ObjectNode nulled = object.deepCopy();
                nulled.putNull(field);
                out.add(new Hostile(
                        operation,
                        "missing, null or extra field",
                        "null " + field,
                        path,
                        Map.of(),
                        type,
                        bytes(nulled)));
            }
            // The same key twice, the second time with the same valid value: still not one JSON object.
            for (Iterator<Map.Entry<String, JsonNode>> fields =
                            object.properties().iterator();
                    fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String json = object.toString();
                String twice = json.substring(0, json.length() - 1) + ","
                        + JsonNodeFactory.instance.textNode(field.getKey()) + ":" + field.getValue() + "}";
                out.add(new Hostile(
                        operation,
                        "duplicate key",
                        field.getKey() + " twice",
                        path,
                        Map.of(),
                        type,
                        twice.getBytes(StandardCharsets.UTF_8)));
            }
            Set<String> required = Set.copyOf(operation.requiredFields());
            leaves(object, "", (leaf) -> {
                for (Map.Entry<String, Replacement> replacement :
                        replacements(leaf, required, round).entrySet()) {
                    out.add(new Hostile(
                            operation,
                            replacement.getValue().family(),
                            leaf.pointer() + " " + replacement.getKey(),
                            path,
                            Map.of(),
                            type,
                            splice(object, leaf, replacement.getValue())));
                }
            });
        }
    }

    /** A partial change (PATCH) takes any one field: each field alone, with each value no field of its kind may take. */
    private static void partialChanges(
            OpenApiOperations.Operation operation, String path, String type, List<Hostile> out, int round) {
        operation.properties().forEach((name, kind) -> {
            ObjectNode single = JsonNodeFactory.instance.objectNode().put(name, MARKER);
            Leaf leaf = new Leaf("/" + name, JsonNodeFactory.instance.textNode(MARKER));
            Map<String, Replacement> values = new LinkedHashMap<>();
            switch (kind) {
                case "string" -> {
                    values.put("blank", Replacement.of("blank text", JsonNodeFactory.instance.textNode("   ")));
                    values.putAll(textEncodings());
                }
                case "date" -> values.putAll(dateForms());
                case "enum" -> values.putAll(enumPositions());
                case "integer" -> {
                    values.put("as text", Replacement.raw("coerced type", "\"20\""));
                    values.putAll(numberLengths(round));
                }
                case "number" -> values.putAll(numberLengths(round));
                default -> values.put("as text", Replacement.raw("wrong type", "\"x\""));
            }
            values.forEach((what, replacement) -> out.add(new Hostile(
                    operation,
                    replacement.family(),
                    name + " alone " + what,
                    path,
                    Map.of(),
                    type,
                    splice(single, leaf, replacement))));
        });
    }

    /** Values that no field of that shape may take. */
    private static Map<String, Replacement> replacements(Leaf leaf, Set<String> required, int round) {
        JsonNode value = leaf.value();
        JsonNodeFactory json = JsonNodeFactory.instance;
        Map<String, Replacement> out = new LinkedHashMap<>();
        out.put("as object", Replacement.of("wrong type", json.objectNode().put("nested", round)));
        String name = leaf.pointer().substring(leaf.pointer().lastIndexOf('/') + 1);
        if (value.isTextual()) {
            out.put("as array", Replacement.of("wrong type", json.arrayNode().add(value.asText())));
            out.put("100 000 characters", Replacement.of("wrong type", json.textNode("Ä".repeat(100_000 + round))));
            String text = value.asText();
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                out.put("bad date", Replacement.of("date form and range", json.textNode("2027-02-30")));
                out.put("not a date", Replacement.of("wrong type", json.textNode("next " + INJECTION)));
                out.putAll(dateForms());
            } else if (text.matches("[0-9a-f]{8}-[0-9a-f-]{27}")) {
                out.put("not a uuid", Replacement.of("wrong type", json.textNode(INJECTION)));
            } else if (text.matches("[A-Z_]{2,}")) {
                out.put("not one of the values", Replacement.of("wrong type", json.textNode(INJECTION)));
                out.putAll(enumPositions());
            } else if (text.matches("-?\\d+(\\.\\d+)?")) {
                out.put("not a number", Replacement.of("wrong type", json.textNode(INJECTION)));
                out.put("out of range", Replacement.of("number length and range", json.textNode("-" + "9".repeat(40))));
                out.put("exponent", Replacement.of("number length and range", json.textNode("1e308")));
                out.put(
                        "22 digits",
                        Replacement.of("number length and range", json.textNode("1234567890123456789012")));
                out.put("9 999 999 999.99", Replacement.of("number length and range", json.textNode("9999999999.99")));
                if (round == 0) {
                    out.put(
                            "a million digits",
                            Replacement.of("number length and range", json.textNode("9".repeat(1_000_000))));
                }
            } else if (text.contains("@")) {
                out.put("not an e-mail", Replacement.of("wrong type", json.textNode(INJECTION)));
            } else {
                out.putAll(textEncodings());
                if (required.contains(name) || ONE_LINE_FIELDS.contains(name)) {
                    out.put("blank", Replacement.of("blank text", json.textNode(" \t ")));
                }
                if (ONE_LINE_FIELDS.contains(name)) {
                    out.put("CR LF inside", Replacement.of("line break in a name", json.textNode("Anna\r\nBerg,1,2")));
                    out.put("LF inside", Replacement.of("line break in a name", json.textNode("Anna\nBerg")));
                }
            }
        } else if (value.isNumber()) {
            out.put(
                    "as text",
                    Replacement.of(
                            value.isIntegralNumber() ? "coerced type" : "wrong type",
                            json.textNode(value.isIntegralNumber() ? value.asText() : "abc")));
            out.put("too big", Replacement.of("number length and range", json.numberNode(new BigDecimal("1e400"))));
            out.put("huge", Replacement.of("number length and range", json.numberNode(new BigInteger("9".repeat(30)))));
            out.put("negative", Replacement.of("number length and range", json.numberNode(-1 - round)));
            out.putAll(numberLengths(round));
        } else if (value.isBoolean()) {
            out.put("as text", Replacement.of("coerced type", json.textNode(value.asText())));
            out.put("as number", Replacement.of("coerced type", json.numberNode(value.asBoolean() ? 1 : 0)));
        } else if (value.isArray()) {
            out.put("as text", Replacement.of("wrong type", json.textNode("x")));
            out.put(
                    "holding null",
                    Replacement.of("wrong type", json.arrayNode().addNull()));
            out.put(
                    "holding a number",
                    Replacement.of("wrong type", json.arrayNode().add(round)));
        } else if (value.isObject()) {
            out.put("as text", Replacement.of("wrong type", json.textNode("x")));
            out.put("as array", Replacement.of("wrong type", json.arrayNode()));
        }
        return out;
    }

    /** Dates Java would read but no reader after the service can take, or that are not dates at all. */
    private static Map<String, Replacement> dateForms() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        Map<String, Replacement> out = new LinkedHashMap<>();
        out.put("as a number", Replacement.raw("coerced type", "20270101"));
        for (String date : List.of(
                "2027-01-01T00:00:00Z",
                "2027-01-01\u0000",
                "+57467-08-27",
                "1899-12-31",
                "2200-01-01",
                " 2027-01-01")) {
            out.put(abbreviate(date), Replacement.of("date form and range", json.textNode(date)));
        }
        return out;
    }

    /** An enum's position instead of its name, as a number and as text. */
    private static Map<String, Replacement> enumPositions() {
        return new LinkedHashMap<>(Map.of(
                "position 0",
                Replacement.raw("coerced type", "0"),
                "position 1",
                Replacement.raw("coerced type", "1"),
                "position \"0\"",
                Replacement.raw("coerced type", "\"0\"")));
    }

    /** Numbers whose reading or arithmetic would cost seconds, or that no column holds. */
    private static Map<String, Replacement> numberLengths(int round) {
        Map<String, Replacement> out = new LinkedHashMap<>();
        out.put("1e308", Replacement.raw("number length and range", "1e308"));
        out.put("1E-999999999", Replacement.raw("number length and range", "1E-999999999"));
        out.put("22 digits", Replacement.raw("number length and range", "1234567890123456789012"));
        if (round == 0) {
            out.put("a million digits", Replacement.raw("number length and range", "9".repeat(1_000_000)));
        }
        return out;
    }

    /** Text no reader after the service can take as it was meant: encodings a lenient decoder would guess at. */
    private static Map<String, Replacement> textEncodings() {
        Map<String, Replacement> out = new LinkedHashMap<>();
        out.put("control character", Replacement.raw("text encoding", "\"bell\\u0007\""));
        out.put("NUL", Replacement.raw("text encoding", "\"a\\u0000b\""));
        out.put("lone surrogate", Replacement.raw("text encoding", "\"x\\ud800y\""));
        out.put(
                "overlong UTF-8",
                new Replacement("text encoding", new byte[] {'"', '.', '.', (byte) 0xC0, (byte) 0xAF, 'x', '"'}));
        out.put("invalid UTF-8", new Replacement("text encoding", new byte[] {'"', 'a', (byte) 0xFF, 'b', '"'}));
        out.put(
                "surrogate as UTF-8",
                new Replacement("text encoding", new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}));
        return out;
    }

    /** The body with the leaf's value replaced by raw JSON bytes. */
    private static byte[] splice(ObjectNode object, Leaf leaf, Replacement replacement) {
        ObjectNode mutated = object.deepCopy();
        leaf.set(mutated, JsonNodeFactory.instance.textNode(MARKER));
        String json = mutated.toString();
        int at = json.indexOf("\"" + MARKER + "\"");
        byte[] head = json.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = json.substring(at + MARKER.length() + 2).getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + replacement.json().length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(replacement.json(), 0, body, head.length, replacement.json().length);
        System.arraycopy(tail, 0, body, head.length + replacement.json().length, tail.length);
        return body;
    }

    /** Bank files past any real one: nested, wide, long, or with a header no bank writes. */
    private static void bankFiles(OpenApiOperations.Operation operation, String path, List<Hostile> out, int round) {
        LocalDate booked = LocalDate.of(2027, 2, 1);
        String camt = BankFiles.camt054(
                booked, List.of(new BankFiles.Incoming("H-" + round, "1000000000013", "10.00", "Hostile")));
        Map<String, String> camts = new LinkedHashMap<>();
        camts.put(
                "100 000 nested elements",
                camt.replace("<Ntry>", "<Ntry>" + "<x>".repeat(100_000) + "</x>".repeat(100_000)));
        camts.put("a reference of a million characters", camt.replace("1000000000013", "1".repeat(1_000_000)));
        camts.put("a reference of 36 characters", camt.replace("1000000000013", "1".repeat(36)));
        camts.put("a five-digit year", camt.replace(booked.toString(), "+57467-08-27"));
        camts.put("a control character", camt.replace("Hostile", "Host&#7;ile"));
        camts.forEach((what, file) -> out.add(new Hostile(
                operation,
                "bank file",
                "camt.054 " + what,
                path,
                Map.of(),
                "application/xml",
                file.getBytes(StandardCharsets.UTF_8))));
        String bgMax = new String(
                BankFiles.bgMax(
                        booked, List.of(new BankFiles.Incoming("1" + round, "1000000000013", "10.00", "Hostile"))),
                StandardCharsets.ISO_8859_1);
        String payment =
                bgMax.lines().filter(l -> l.startsWith("20")).findFirst().orElseThrow();
        Map<String, String> bgMaxes = new LinkedHashMap<>();
        bgMaxes.put("a 200-column record", bgMax.replace(payment, payment + " ".repeat(120)));
        bgMaxes.put("a 200-column record of text", bgMax.replace(payment, payment + "X".repeat(120)));
        bgMaxes.put("header date 00000000", bgMax.replace("20270201063015123456", "00000000063015123456"));
        bgMaxes.put("layout version 99", bgMax.replace("BGMAX               01", "BGMAX               99"));
        bgMaxes.put("one line of 10 MB", "01" + "X".repeat(10_000_000));
        bgMaxes.put("a control character", bgMax.replace("Hostile", "Host\u0007le"));
        bgMaxes.forEach((what, file) -> out.add(new Hostile(
                operation,
                "bank file",
                "BgMax " + what,
                path,
                Map.of(),
                "text/plain",
                file.getBytes(StandardCharsets.ISO_8859_1))));
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
            for (Iterator<Map.Entry<String, JsonNode>> fields =
                            node.properties().iterator();
                    fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                leaves(field.getValue(), pointer + "/" + field.getKey(), sink);
            }
        } else if (node.isArray() && node.size() > 0) {
            leaves(node.get(0), pointer + "/0", sink);
        }
    }

    /** Requests refused below the REST layer, per service: [service, what, the request's bytes as Latin-1]. */
    private static List<String[]> httpLayer() {
        List<String[]> out = new ArrayList<>();
        for (String service : RunningPlatform.SERVICES) {
            String host = "Host: localhost\r\nConnection: close\r\n";
            out.add(new String[] {service, "no Host header", "GET /q/openapi HTTP/1.1\r\nConnection: close\r\n\r\n"});
            out.add(new String[] {
                service,
                "a request line of 5 000 characters",
                "GET /q/openapi?x=" + "a".repeat(5_000) + " HTTP/1.1\r\n" + host + "\r\n"
            });
            out.add(new String[] {
                service,
                "30 KB of headers",
                "GET /q/openapi HTTP/1.1\r\n" + host + "X-Padding: " + "a".repeat(30_000) + "\r\n\r\n"
            });
        }
        return out;
    }

    /** Sends bytes as they are and reads status, content type and body of the answer. */
    private static String[] sendRaw(RunningPlatform platform, String service, byte[] request) {
        URI uri = URI.create(platform.url(service));
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String[] headAndBody = answer.split("\r\n\r\n", 2);
            String[] lines = headAndBody[0].split("\r\n");
            String type = null;
            for (String line : lines) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                    type = line.substring(13).trim();
                }
            }
            String[] status = lines[0].split(" ");
            return new String[] {status.length > 1 ? status[1] : "0", type, headAndBody.length > 1 ? headAndBody[1] : ""
            };
        } catch (IOException e) {
            return new String[] {"0", "no answer: " + e, ""};
        }
    }

    /** Sends only the head of a request announcing a 300 MB body, and reads the status and content type answered. */
    private static String[] oversized(RunningPlatform platform, Hostile hostile) {
        URI uri = URI.create(platform.url(hostile.operation().service()));
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            String token = tokenFor(hostile.operation());
            String head = hostile.operation().method() + " " + hostile.path() + " HTTP/1.1\r\nHost: localhost\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "Content-Type: " + hostile.contentType() + "\r\nContent-Length: " + OVERSIZED_LENGTH + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(new byte[64 * 1024]);
            socket.getOutputStream().flush();
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            String status = reader.readLine().split(" ")[1];
            String type = null;
            for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                    type = line.substring(13).trim();
                }
            }
            return new String[] {status, type};
        } catch (IOException e) {
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
            try (Connection c = DriverManager.getConnection(
                            platform.jdbcUrl(service), TestDatabase.USER, TestDatabase.PASSWORD);
                    Statement s = c.createStatement()) {
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
        } catch (IOException e) {
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
