package se.uppdrag.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The steps users take, through the running services' public APIs only: the demo organisations registered, a
 * course published with an occasion, an agreement drafted, proposed and signed, an order placed, its invoice found.
 */
final class Scenario {

    static final String KUSTLAND = "2021001231";
    static final String NORRDAL = "2021004565";
    static final String VERKSTAD = "5566778808";
    static final String AGENCY = "2021007899";
    static final Duration EVENTUALLY = Duration.ofSeconds(60);

    private static RunningPlatform platform;

    private Scenario() {}

    /** The shared running platform with the demo organisations registered. */
    static synchronized RunningPlatform platform() {
        if (platform == null) {
            use(RunningPlatform.get());
        }
        return platform;
    }

    /** Takes the steps on this platform from now on, with the demo organisations registered on it. */
    static synchronized void use(RunningPlatform running) {
        platform = running;
        {
            register(Map.of(
                    "orgNumber",
                    KUSTLAND,
                    "name",
                    "Kustlands högskola",
                    "kind",
                    "UNIVERSITY",
                    "address",
                    address("Strandvägen 1", "85170", "Kustby"),
                    "peppolEndpoint",
                    "0007:" + KUSTLAND,
                    "bankgiro",
                    "5050-1055"));
            register(Map.of(
                    "orgNumber",
                    NORRDAL,
                    "name",
                    "Norrdals universitet",
                    "kind",
                    "UNIVERSITY",
                    "address",
                    address("Campusvägen 3", "97187", "Norrdal"),
                    "peppolEndpoint",
                    "0007:" + NORRDAL,
                    "bankgiro",
                    "5050-1055"));
            register(Map.of(
                    "orgNumber",
                    VERKSTAD,
                    "name",
                    "Verkstadsbolaget Nord AB",
                    "kind",
                    "EMPLOYER",
                    "buyerType",
                    "PRIVATE",
                    "address",
                    address("Verkstadsgatan 1", "90102", "Umeå"),
                    "peppolEndpoint",
                    "0007:" + VERKSTAD));
            register(Map.of(
                    "orgNumber",
                    AGENCY,
                    "name",
                    "Statens provningsverk",
                    "kind",
                    "EMPLOYER",
                    "buyerType",
                    "STATE_AGENCY",
                    "address",
                    address("Myndighetsvägen 2", "10330", "Stockholm"),
                    "peppolEndpoint",
                    "0007:" + AGENCY));
        }
    }

    static String courseOf(String occasion) {
        return given().baseUri(platform.url("catalogue"))
                .get("/occasions/{id}", occasion)
                .then()
                .statusCode(200)
                .extract()
                .path("courseId");
    }

    static String publishedOccasion(String code, LocalDate start) {
        return publishedOccasion(KUSTLAND, code, start);
    }

    static String publishedOccasion(String seller, String code, LocalDate start) {
        return publishedOccasion(seller, code, start, 20);
    }

    static String publishedOccasion(String seller, String code, LocalDate start, int seats) {
        String university = KeycloakTokens.university(seller);
        String course = as(university, "catalogue")
                .contentType("application/json")
                .body(Map.of(
                        "code",
                        code,
                        "title",
                        "Industrial machine learning " + code,
                        "description",
                        "Machine learning for production engineers.",
                        "credits",
                        7.5,
                        "cycle",
                        "FIRST",
                        "subject",
                        "Computer science",
                        "language",
                        "sv",
                        "learningOutcomes",
                        List.of("Train and evaluate a model on production data")))
                .post("/courses")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return as(university, "catalogue")
                .contentType("application/json")
                .body(Map.of(
                        "startDate",
                        start.toString(),
                        "endDate",
                        start.plusDays(60).toString(),
                        "pace",
                        50,
                        "deliveryMode",
                        "ONLINE",
                        "location",
                        "Kustby",
                        "seats",
                        seats,
                        "orderDeadline",
                        LocalDate.now().plusDays(5).toString(),
                        "listPrice",
                        Map.of("amount", "18000.00", "currency", "SEK")))
                .post("/courses/{id}/occasions", course)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Drafted by the university (once partner-agreement has heard of the course), proposed, accepted. */
    static String signedAgreement(String employer, String course) {
        return signedAgreement(KUSTLAND, employer, course);
    }

    static String signedAgreement(String seller, String employer, String course) {
        return signedAgreement(seller, employer, course, 50, false);
    }

    static String signedAgreement(String seller, String employer, String course, int seatQuota, boolean autoConfirm) {
        return signedAgreement(seller, employer, course, seatQuota, autoConfirm, null);
    }

    /** As {@link #signedAgreement}, with a co-funding scheme in the terms (the terms' {@code funding}). */
    static String coFundedAgreement(String employer, String course, Map<String, Object> funding) {
        return signedAgreement(KUSTLAND, employer, course, 50, false, funding);
    }

    private static String signedAgreement(
            String seller,
            String employer,
            String course,
            int seatQuota,
            boolean autoConfirm,
            Map<String, Object> funding) {
        Map<String, Object> terms = new HashMap<>(Map.of(
                "employer",
                employer,
                "validFrom",
                LocalDate.now().toString(),
                "validTo",
                LocalDate.now().plusYears(1).toString(),
                "coverage",
                Map.of("allCourses", false, "courseIds", List.of(course)),
                "pricing",
                Map.of(
                        "kind",
                        "FIXED",
                        "prices",
                        List.of(Map.of("courseId", course, "price", Map.of("amount", "15000.00", "currency", "SEK")))),
                "seatQuota",
                seatQuota,
                "autoConfirm",
                autoConfirm,
                "cancellation",
                Map.of(
                        "fees",
                        List.of(
                                Map.of("withinDaysOfStart", 28, "percent", 50),
                                Map.of("withinDaysOfStart", 14, "percent", 100))),
                "invoicing",
                Map.of("paymentDays", 30, "buyerReference", "HR-4711", "invoiceOn", "CONFIRMATION")));
        if (funding != null) {
            terms.put("funding", funding);
        }
        String university = KeycloakTokens.university(seller);
        String[] id = new String[1];
        await().atMost(EVENTUALLY).until(() -> {
            var response = as(university, "partner-agreement")
                    .contentType("application/json")
                    .body(terms)
                    .post("/agreements");
            id[0] = response.statusCode() == 201 ? response.path("id") : null;
            return id[0] != null;
        });
        as(university, "partner-agreement")
                .post("/agreements/{id}/propose", id[0])
                .then()
                .statusCode(200);
        as(KeycloakTokens.employer(employer), "partner-agreement")
                .post("/agreements/{id}/accept", id[0])
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
        return id[0];
    }

    /** Retried with one Idempotency-Key until enrolment has heard of the agreement and occasion. */
    static JsonPath order(String employer, String agreement, String occasion, List<String> names) {
        return orderOf(
                employer,
                agreement,
                occasion,
                names.stream()
                        .map(n -> Map.of(
                                "givenName",
                                n,
                                "familyName",
                                "Berg",
                                "email",
                                n.toLowerCase() + "@staff.example",
                                "employeeNumber",
                                "E-" + n))
                        .toList());
    }

    /** As {@link #order}, for participants given in full. */
    static JsonPath orderOf(
            String employer, String agreement, String occasion, List<Map<String, String>> participants) {
        Map<String, Object> body = Map.of(
                "agreementId",
                agreement,
                "occasionId",
                occasion,
                "purpose",
                "STAFF_TRAINING",
                "participants",
                participants);
        String key = UUID.randomUUID().toString();
        JsonPath[] order = new JsonPath[1];
        await().atMost(EVENTUALLY).until(() -> {
            var response = as(KeycloakTokens.employer(employer), "enrolment")
                    .header("Idempotency-Key", key)
                    .contentType("application/json")
                    .body(body)
                    .post("/orders");
            order[0] = response.statusCode() == 201 ? response.jsonPath() : null;
            return order[0] != null;
        });
        return order[0];
    }

    static JsonPath invoiceOf(String finance, String order) {
        await().atMost(EVENTUALLY)
                .until(() -> as(finance, "invoicing")
                                .queryParam("order", order)
                                .get("/invoices")
                                .then()
                                .extract()
                                .<Integer>path("total")
                        == 1);
        return as(finance, "invoicing")
                .queryParam("order", order)
                .get("/invoices")
                .then()
                .extract()
                .jsonPath()
                .setRootPath("items[0]");
    }

    static void register(Map<String, Object> organisation) {
        int status = as(KeycloakTokens.operator(), "partner-agreement")
                .contentType("application/json")
                .body(organisation)
                .post("/organisations")
                .then()
                .extract()
                .statusCode();
        assertThat(status).as("registering %s", organisation.get("name")).isIn(201, 409);
    }

    /** A need for a tailored course of ten participants, offers due in a week, to the universities named. */
    static Map<String, Object> inquiryNeed(String title, String... universities) {
        LocalDate from = LocalDate.now().plusDays(90);
        Map<String, Object> need = new HashMap<>();
        need.put("title", title);
        need.put("learningOutcomes", List.of("Read a production line's data"));
        need.put("subject", "Computer science");
        need.put("participants", 10);
        need.put("periodFrom", from.toString());
        need.put("periodTo", from.plusDays(60).toString());
        need.put("mode", "CAMPUS");
        need.put("language", "sv");
        need.put("procurement", Map.of("kind", "DIRECT_AWARD"));
        need.put("offerDeadline", Instant.now().plus(Duration.ofDays(7)).toString());
        need.put("recipients", Map.of("allUniversities", false, "universities", List.of(universities)));
        return need;
    }

    static Map<String, String> address(String street, String postalCode, String city) {
        return Map.of("street", street, "postalCode", postalCode, "city", city, "country", "SE");
    }

    static RequestSpecification as(String token, String service) {
        return given().baseUri(platform.url(service)).auth().oauth2(token);
    }

    static String suffix() {
        return Long.toString(System.nanoTime() % 100_000);
    }
}
