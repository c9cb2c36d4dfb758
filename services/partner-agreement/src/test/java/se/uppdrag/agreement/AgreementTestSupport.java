package se.uppdrag.agreement;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.EventSchemas;
import se.uppdrag.testsupport.Api;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.TestTokens;
import se.uppdrag.testsupport.Topics;

/** The demo organisations (README), courses announced through the catalogue's topic, and terms to agree on. */
public final class AgreementTestSupport {

    public static final String KUSTLAND = "2021001231";
    public static final String NORRDAL = "2021004565";
    public static final String VERKSTAD = "5566778808";
    public static final String REGION = "2321000016";
    public static final String AGENCY = "2021007899";
    /** A fund that co-funds employers' training (registered as a FUNDER). */
    public static final String FUND = "8020016161";

    private AgreementTestSupport() {}

    /** Registers the demo organisations once per database (a second registration answers 409, which is fine). */
    public static void registerDemoOrganisations() {
        register(university(KUSTLAND, "Kustlands högskola", "5050-1055"));
        register(university(NORRDAL, "Norrdals universitet", "5402-9681"));
        register(employer(VERKSTAD, "Verkstadsbolaget Nord AB", "PRIVATE"));
        register(employer(REGION, "Region Mitt", "MUNICIPALITY_OR_REGION"));
        register(employer(AGENCY, "Statens provningsverk", "STATE_AGENCY"));
        register(funder(FUND, "Omställningsfonden"));
    }

    public static Map<String, Object> funder(String org, String name) {
        Map<String, Object> body = new HashMap<>(employer(org, name, "PRIVATE"));
        body.put("kind", "FUNDER");
        return body;
    }

    public static Map<String, Object> university(String org, String name, String bankgiro) {
        Map<String, Object> body = new HashMap<>(employer(org, name, "STATE_AGENCY"));
        body.put("kind", "UNIVERSITY");
        body.put("bankgiro", bankgiro);
        return body;
    }

    public static Map<String, Object> employer(String org, String name, String buyerType) {
        return new HashMap<>(Map.of(
                "orgNumber",
                org,
                "name",
                name,
                "kind",
                "EMPLOYER",
                "buyerType",
                buyerType,
                "address",
                Map.of("street", "Storgatan 1", "postalCode", "90102", "city", "Umeå", "country", "SE"),
                "peppolEndpoint",
                "0007:" + org));
    }

    private static void register(Map<String, Object> body) {
        int status =
                Api.as(TestTokens.operator()).body(body).post("/organisations").statusCode();
        if (status != 201 && status != 409) {
            throw new AssertionError("could not register " + body.get("orgNumber") + ": " + status);
        }
    }

    /** Announces a course as the catalogue would, through the real topic, and waits until this service knows it. */
    public static UUID announceCourse(TestSql sql, String university) {
        UUID courseId = UUID.randomUUID();
        ObjectNode event = (ObjectNode) EventSchemas.readResource(EventCatalog.COURSE_PUBLISHED.exampleResource())
                .deepCopy();
        // Unnumbered, as events from before versions were: each applies whatever the order the test sends them in.
        event.remove("aggregateVersion");
        event.put("eventId", UUID.randomUUID().toString()).put("aggregateId", courseId.toString());
        ((ObjectNode) event.get("payload"))
                .put("courseId", courseId.toString())
                .put("university", university)
                .put("code", "K" + courseId.toString().substring(0, 6));
        Topics.send("catalogue.offerings", courseId.toString(), event.toString());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> sql.count("select count(*) from known_course where course_id = ?", courseId) == 1);
        return courseId;
    }

    public static Map<String, Object> terms(String employer, UUID courseId) {
        Map<String, Object> terms = new HashMap<>();
        terms.put("employer", employer);
        terms.put("validFrom", "2027-01-01");
        terms.put("validTo", "2027-12-31");
        terms.put("coverage", Map.of("allCourses", false, "courseIds", List.of(courseId.toString())));
        terms.put(
                "pricing",
                Map.of(
                        "kind",
                        "FIXED",
                        "prices",
                        List.of(Map.of(
                                "courseId",
                                courseId.toString(),
                                "price",
                                Map.of("amount", "15000.00", "currency", "SEK")))));
        terms.put("seatQuota", 50);
        terms.put("autoConfirm", false);
        terms.put(
                "cancellation",
                Map.of(
                        "fees",
                        List.of(
                                Map.of("withinDaysOfStart", 28, "percent", 25),
                                Map.of("withinDaysOfStart", 21, "percent", 50),
                                Map.of("withinDaysOfStart", 14, "percent", 100))));
        terms.put("invoicing", Map.of("paymentDays", 30, "buyerReference", "HR-4711", "invoiceOn", "CONFIRMATION"));
        return terms;
    }
}
