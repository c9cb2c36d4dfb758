package se.uppdrag.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static se.uppdrag.testsupport.Api.as;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.EventDefinition;
import se.uppdrag.contracts.EventJson;
import se.uppdrag.contracts.EventSchemas;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.Topics;

/**
 * The facts invoicing consumes, sent on the real topics as the other services would: agreements, occasions and
 * enrolments built from the contract examples; and waiting for the invoices they cause.
 */
@Singleton
class InvoicingFacts {

    static final String KUSTLAND = "2021001231";
    static final String NORRDAL = "2021004565";
    static final String VERKSTAD = "5566778808";
    static final String AGENCY = "2021007899";
    static final String REGION = "2321000016";
    /** Configured in the tests' application.properties as a buyer of exempt education (category E). */
    static final String SCHOOL = "2120002627";
    /** A fund registered as a FUNDER: co-funds employers' orders. */
    static final String FUND = "8020016161";

    @Inject
    TestSql sql;

    long invoiceCount(UUID order) {
        return sql.count("select count(*) from invoice where order_id = ? and kind = 'INVOICE'", order);
    }

    JsonPath awaitInvoices(String token, UUID order, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> invoiceCount(order) >= count);
        return as(token)
                .queryParam("order", order.toString())
                .get("/invoices")
                .then()
                .statusCode(200)
                .body("items", hasSize(count))
                .extract()
                .jsonPath();
    }

    UUID agreement(String employer, String buyerType, String invoiceOn) {
        return agreement(employer, buyerType, invoiceOn, KUSTLAND);
    }

    /** An agreement of the university's (the seller of its invoices). */
    UUID agreement(String employer, String buyerType, String invoiceOn, String university) {
        return agreement(employer, buyerType, invoiceOn, university, terms -> {});
    }

    /** A Kustland agreement with a co-funding scheme (the {@code funding} object of the terms) by the fund. */
    UUID fundedAgreement(String employer, String invoiceOn, Map<String, Object> funding) {
        return agreement(employer, "PRIVATE", invoiceOn, KUSTLAND, terms -> {
            ObjectNode f = terms.putObject("funding");
            funding.forEach((k, v) -> f.set(k, EventJson.mapper().valueToTree(v)));
            f.putObject("funder")
                    .put("orgNumber", FUND)
                    .put("name", "Omställningsfonden")
                    .put("buyerType", "PRIVATE")
                    .put("peppolEndpoint", "0007:" + FUND)
                    .putObject("address")
                    .put("street", "Box 1")
                    .put("postalCode", "10000")
                    .put("city", "Stockholm")
                    .put("country", "SE");
        });
    }

    private UUID agreement(
            String employer, String buyerType, String invoiceOn, String university, Consumer<ObjectNode> terms) {
        UUID id = UUID.randomUUID();
        ObjectNode event = example(EventCatalog.AGREEMENT_ACTIVATED, id);
        ObjectNode p = (ObjectNode) event.get("payload");
        p.put("agreementId", id.toString());
        ((ObjectNode) p.get("university")).put("orgNumber", university);
        ((ObjectNode) p.get("employer"))
                .put("orgNumber", employer)
                .put("buyerType", buyerType)
                .put("peppolEndpoint", "0007:" + employer);
        ((ObjectNode) p.get("invoicing")).put("invoiceOn", invoiceOn);
        terms.accept(p);
        send("partner.agreements", event);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> sql.count("select count(*) from agreement_terms where agreement_id = ?", id) == 1);
        return id;
    }

    UUID occasion(LocalDate start) {
        UUID id = UUID.randomUUID();
        ObjectNode event = example(EventCatalog.OFFERING_PUBLISHED, id);
        ((ObjectNode) event.get("payload"))
                .put("occasionId", id.toString())
                .put("startDate", start.toString())
                .put("endDate", start.plusDays(30).toString())
                .put("orderDeadline", start.minusDays(7).toString());
        send("catalogue.offerings", event);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> sql.count("select count(*) from occasion_start where occasion_id = ?", id) == 1);
        return id;
    }

    static ObjectNode enrolment(String type, UUID agreement, UUID order, String employer, String status) {
        UUID id = UUID.randomUUID();
        ObjectNode event = example(EventCatalog.ENROLMENT_REQUESTED, id);
        event.put("type", type);
        ObjectNode p = (ObjectNode) event.get("payload");
        p.put("enrolmentId", id.toString())
                .put("orderId", order.toString())
                .put("agreementId", agreement.toString())
                .put("employer", employer)
                .put("status", status);
        // As events before orderSize was added: the issuer waits for the order to settle. ofOrder(...) sets it.
        p.remove("orderSize");
        if (type.equals("EnrolmentConfirmed")) {
            p.put("confirmedOn", "2027-01-05");
        }
        return event;
    }

    /** The same event saying how many participants its order named. */
    static ObjectNode ofOrder(int size, ObjectNode enrolmentEvent) {
        ((ObjectNode) enrolmentEvent.get("payload")).put("orderSize", size);
        return enrolmentEvent;
    }

    /** The university's confirmation of a requested enrolment. */
    static ObjectNode confirmed(ObjectNode requested) {
        ObjectNode event = requested.deepCopy();
        event.put("eventId", UUID.randomUUID().toString()).put("type", "EnrolmentConfirmed");
        ((ObjectNode) event.get("payload")).put("status", "CONFIRMED").put("confirmedOn", "2027-01-05");
        return event;
    }

    /** Its completion with 7.5 credits. */
    static ObjectNode completed(ObjectNode confirmed) {
        ObjectNode event = confirmed.deepCopy();
        event.put("eventId", UUID.randomUUID().toString()).put("type", "EnrolmentCompleted");
        ((ObjectNode) event.get("payload"))
                .put("status", "COMPLETED")
                .put("creditsAwarded", 7.5)
                .put("grade", "G")
                .put("completedOn", "2027-04-02")
                .remove("confirmedOn");
        return event;
    }

    /** Reported as not completed. */
    static ObjectNode notCompleted(ObjectNode confirmed) {
        ObjectNode event = confirmed.deepCopy();
        event.put("eventId", UUID.randomUUID().toString()).put("type", "EnrolmentNotCompleted");
        ((ObjectNode) event.get("payload"))
                .put("status", "NOT_COMPLETED")
                .put("reportedOn", "2027-04-02")
                .remove("confirmedOn");
        return event;
    }

    static ObjectNode cancelled(ObjectNode enrolment, String fee) {
        ObjectNode event = enrolment.deepCopy();
        event.put("eventId", UUID.randomUUID().toString()).put("type", "EnrolmentCancelled");
        ObjectNode p = (ObjectNode) event.get("payload");
        String previous = p.get("status").asText();
        p.remove("confirmedOn");
        p.put("status", "CANCELLED").put("cancelledOn", "2027-01-20").put("previousStatus", previous);
        p.putObject("fee").put("amount", fee).put("currency", "SEK");
        return event;
    }

    private static ObjectNode example(EventDefinition type, UUID aggregateId) {
        ObjectNode event =
                (ObjectNode) EventSchemas.readResource(type.exampleResource()).deepCopy();
        // Unnumbered, as events from before versions were: each applies whatever the order the test sends them in.
        event.remove("aggregateVersion");
        event.put("eventId", UUID.randomUUID().toString()).put("aggregateId", aggregateId.toString());
        return event;
    }

    static void send(ObjectNode enrolmentEvent) {
        send("enrolment.enrolments", enrolmentEvent);
    }

    static void send(String topic, ObjectNode event) {
        assertThat(EventSchemas.violations(event)).isEmpty();
        Topics.send(topic, event.get("aggregateId").asText(), event.toString());
    }
}
