package se.uppdrag.enrolment;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.EventDefinition;
import se.uppdrag.contracts.EventSchemas;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.Topics;

/** Occasions and agreements announced as the catalogue and partner-agreement announce them: events on the topics. */
public final class EnrolmentTestSupport {

    public static final String KUSTLAND = "2021001231";
    public static final String NORRDAL = "2021004565";
    public static final String VERKSTAD = "5566778808";
    public static final String REGION = "2321000016";
    public static final LocalDate TODAY = LocalDate.now();

    private EnrolmentTestSupport() {}

    public record Occasion(UUID id, UUID courseId) {}

    public static Occasion occasion(TestSql sql, String university, int seats, LocalDate start) {
        return occasion(sql, university, seats, start, UUID.randomUUID(), null, null);
    }

    /** An occasion of the course given, closed to the employer and agreement given (open when they are null). */
    public static Occasion occasion(
            TestSql sql,
            String university,
            int seats,
            LocalDate start,
            UUID course,
            String closedToEmployer,
            UUID closedToAgreement) {
        UUID id = UUID.randomUUID();
        ObjectNode event = example(EventCatalog.OFFERING_PUBLISHED, id);
        if (closedToEmployer != null) {
            ((ObjectNode) event.get("payload"))
                    .putObject("closedTo")
                    .put("employer", closedToEmployer)
                    .put("agreementId", closedToAgreement.toString());
        }
        ((ObjectNode) event.get("payload"))
                .put("occasionId", id.toString())
                .put("courseId", course.toString())
                .put("university", university)
                .put("seats", seats)
                .put("startDate", start.toString())
                .put("endDate", start.plusDays(30).toString())
                .put("orderDeadline", start.minusDays(7).toString());
        send("catalogue.offerings", event);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> sql.count("select count(*) from occasion_fact where occasion_id = ?", id) == 1);
        return new Occasion(id, course);
    }

    public static void changeSeats(Occasion occasion, String university, int seats, LocalDate start) {
        ObjectNode event = example(EventCatalog.OFFERING_CHANGED, occasion.id());
        ((ObjectNode) event.get("payload"))
                .put("occasionId", occasion.id().toString())
                .put("courseId", occasion.courseId().toString())
                .put("university", university)
                .put("seats", seats)
                .put("startDate", start.toString())
                .put("endDate", start.plusDays(30).toString())
                .put("orderDeadline", start.minusDays(7).toString());
        send("catalogue.offerings", event);
    }

    public static void withdraw(Occasion occasion, String university) {
        ObjectNode event = example(EventCatalog.OFFERING_WITHDRAWN, occasion.id());
        ((ObjectNode) event.get("payload"))
                .put("occasionId", occasion.id().toString())
                .put("courseId", occasion.courseId().toString())
                .put("university", university);
        send("catalogue.offerings", event);
    }

    /** An active agreement from yesterday for a year: fixed 15000.00 for the course, fees 28/21/14 days → 25/50/100 %. */
    public static UUID agreement(
            TestSql sql, String university, String employer, UUID courseId, int quota, boolean autoConfirm) {
        return agreement(sql, university, employer, courseId, quota, autoConfirm, false);
    }

    /** As {@link #agreement}, its terms requiring the employer's own order number on every order when asked. */
    public static UUID agreement(
            TestSql sql,
            String university,
            String employer,
            UUID courseId,
            int quota,
            boolean autoConfirm,
            boolean orderReferenceRequired) {
        UUID id = UUID.randomUUID();
        ObjectNode event = example(EventCatalog.AGREEMENT_ACTIVATED, id);
        ObjectNode p = (ObjectNode) event.get("payload");
        p.put("agreementId", id.toString())
                .put("seatQuota", quota)
                .put("autoConfirm", autoConfirm)
                .put("validFrom", TODAY.minusDays(1).toString())
                .put("validTo", TODAY.plusDays(365).toString())
                .put("effectiveFrom", TODAY.minusDays(1).toString());
        ((ObjectNode) p.get("university")).put("orgNumber", university);
        ((ObjectNode) p.get("employer")).put("orgNumber", employer);
        ((ArrayNode) p.at("/coverage/courseIds")).removeAll().add(courseId.toString());
        ((ObjectNode) p.at("/pricing/prices/0")).put("courseId", courseId.toString());
        if (orderReferenceRequired) {
            ((ObjectNode) p.get("invoicing")).put("orderReferenceRequired", true);
        }
        send("partner.agreements", event);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> sql.count("select count(*) from agreement_fact where agreement_id = ?", id) == 1);
        return id;
    }

    @SafeVarargs
    @SuppressWarnings("varargs") // the array only ever becomes an immutable list
    public static Map<String, Object> order(UUID agreementId, UUID occasionId, Map<String, Object>... participants) {
        return Map.of(
                "agreementId",
                agreementId.toString(),
                "occasionId",
                occasionId.toString(),
                "purpose",
                "STAFF_TRAINING",
                "participants",
                List.of(participants));
    }

    public static Map<String, Object> participant(String employeeNumber) {
        Map<String, Object> p = new HashMap<>();
        p.put("givenName", "Anna");
        p.put("familyName", "Berg " + employeeNumber);
        p.put("email", employeeNumber.toLowerCase() + "@verkstad.example");
        p.put("employeeNumber", employeeNumber);
        return p;
    }

    private static ObjectNode example(EventDefinition type, UUID aggregateId) {
        ObjectNode event =
                (ObjectNode) EventSchemas.readResource(type.exampleResource()).deepCopy();
        // Unnumbered, as events from before versions were: each applies whatever the order the test sends them in.
        event.remove("aggregateVersion");
        event.put("eventId", UUID.randomUUID().toString()).put("aggregateId", aggregateId.toString());
        return event;
    }

    private static void send(String topic, ObjectNode event) {
        if (!EventSchemas.violations(event).isEmpty()) {
            throw new AssertionError("test event invalid: " + EventSchemas.violations(event));
        }
        Topics.send(topic, event.get("aggregateId").asText(), event.toString());
    }
}
