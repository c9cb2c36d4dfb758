package se.uppdrag.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static se.uppdrag.enrolment.EnrolmentTestSupport.KUSTLAND;
import static se.uppdrag.enrolment.EnrolmentTestSupport.NORRDAL;
import static se.uppdrag.enrolment.EnrolmentTestSupport.REGION;
import static se.uppdrag.enrolment.EnrolmentTestSupport.TODAY;
import static se.uppdrag.enrolment.EnrolmentTestSupport.VERKSTAD;
import static se.uppdrag.enrolment.EnrolmentTestSupport.agreement;
import static se.uppdrag.enrolment.EnrolmentTestSupport.occasion;
import static se.uppdrag.enrolment.EnrolmentTestSupport.order;
import static se.uppdrag.enrolment.EnrolmentTestSupport.participant;
import static se.uppdrag.testsupport.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.uppdrag.enrolment.EnrolmentTestSupport.Occasion;
import se.uppdrag.testsupport.EventAssertions;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.TestTokens;
import se.uppdrag.testsupport.Topics;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class OrderLifecycleIT {

    private static final String HR = TestTokens.employer(VERKSTAD);
    private static final String UNI = TestTokens.university(KUSTLAND);
    private static final String PIN = "19811228-9874";

    @Inject
    TestSql sql;

    @Test
    void an_order_gets_seats_at_the_agreed_price_and_a_retry_changes_nothing() {
        Occasion occasion = occasion(sql, KUSTLAND, 3, TODAY.plusDays(60));
        UUID agreement = agreement(sql, KUSTLAND, VERKSTAD, occasion.courseId(), 50, false);
        Map<String, Object> ownCostCentre = new HashMap<>(participant("E-2"));
        ownCostCentre.put("costCentre", "KS-5000");
        Map<String, Object> body = new HashMap<>(order(agreement, occasion.id(), participant("E-1"), ownCostCentre));
        body.put("orderReference", "PO-2027-0042");
        body.put("costCentre", "KS-4410");
        String key = "order-" + UUID.randomUUID();

        String orderId = place(key, body)
                .statusCode(201)
                .header("Idempotent-Replayed", "false")
                .body("status", equalTo("OPEN"))
                .body("enrolments", hasSize(2))
                .body("enrolments.status", everyItem(equalTo("PENDING")))
                .body("enrolments[0].price.amount", equalTo("15000.00"))
                .body("orderReference", equalTo("PO-2027-0042"))
                .body("costCentre", equalTo("KS-4410"))
                // A participant without a cost centre of its own is charged to the order's.
                .body("enrolments.participant.costCentre", containsInAnyOrder("KS-4410", "KS-5000"))
                .extract()
                .path("id");
        place(key, body).statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(orderId));
        place(key, order(agreement, occasion.id(), participant("E-3")))
                .statusCode(422)
                .body("detail", containsString("different order"));

        assertThat(sql.count("select count(*) from enrolment where order_id = ?", UUID.fromString(orderId)))
                .isEqualTo(2);
        var records = Topics.await(
                "enrolment.enrolments",
                r -> Topics.json(r).at("/payload/orderId").asText().equals(orderId),
                2,
                Duration.ofSeconds(20));
        records.forEach(r -> {
            JsonNode event = EventAssertions.assertValidEvent(Topics.json(r));
            assertThat(event.get("type").asText()).isEqualTo("EnrolmentRequested");
            assertThat(r.key()).isEqualTo(event.at("/payload/enrolmentId").asText());
            assertThat(event.at("/payload/price/amount").asText()).isEqualTo("15000.00");
            // Both seats say the order named two, so invoicing knows when it has heard of the whole order.
            assertThat(event.at("/payload/orderSize").asInt()).isEqualTo(2);
            // The employer's references travel to invoicing with every seat.
            assertThat(event.at("/payload/orderReference").asText()).isEqualTo("PO-2027-0042");
            assertThat(event.at("/payload/costCentre").asText())
                    .isEqualTo(
                            event.at("/payload/participant/employeeNumber")
                                            .asText()
                                            .equals("E-2")
                                    ? "KS-5000"
                                    : "KS-4410");
        });
        as(HR).get("/orders/{id}", orderId).then().statusCode(200).body("enrolments", hasSize(2));
        as(TestTokens.employer(REGION)).get("/orders/{id}", orderId).then().statusCode(404);
        as(UNI).get("/orders/{id}", orderId).then().statusCode(200);
        as(TestTokens.university(NORRDAL)).get("/orders/{id}", orderId).then().statusCode(404);
    }

    @Test
    void an_agreement_that_requires_an_order_number_refuses_an_order_without_one() {
        Occasion occasion = occasion(sql, KUSTLAND, 3, TODAY.plusDays(60));
        UUID agreement = agreement(sql, KUSTLAND, VERKSTAD, occasion.courseId(), 50, false, true);
        Map<String, Object> body = new HashMap<>(order(
                agreement,
                occasion.id(),
                participant("REF-" + UUID.randomUUID().toString().substring(0, 8))));

        place("order-" + UUID.randomUUID(), body)
                .statusCode(422)
                .body("detail", containsString("requires your own order number"));
        body.put("orderReference", "  ");
        place("order-" + UUID.randomUUID(), body).statusCode(422);
        body.put("orderReference", "PO-77");
        place("order-" + UUID.randomUUID(), body).statusCode(201).body("orderReference", equalTo("PO-77"));
    }

    @Test
    void the_university_confirms_and_completes_the_employer_substitutes_and_cancels() {
        Occasion occasion = occasion(sql, KUSTLAND, 5, TODAY.plusDays(20));
        UUID agreement = agreement(sql, KUSTLAND, VERKSTAD, occasion.courseId(), 50, false);
        List<String> ids = place(
                        "k-" + UUID.randomUUID(),
                        order(agreement, occasion.id(), participant("E-1"), participant("E-2"), participant("E-3")))
                .statusCode(201)
                .extract()
                .path("enrolments.id");

        as(UNI).post("/enrolments/{id}/confirm", ids.get(0))
                .then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        as(UNI).post("/enrolments/{id}/confirm", ids.get(0))
                .then()
                .statusCode(409)
                .body("detail", containsString("is CONFIRMED"));
        as(HR).post("/enrolments/{id}/confirm", ids.get(1)).then().statusCode(403);
        as(TestTokens.university(NORRDAL))
                .post("/enrolments/{id}/confirm", ids.get(1))
                .then()
                .statusCode(404);

        Map<String, Object> erik = participant("E-9");
        erik.put("givenName", "Erik");
        as(HR).body(Map.of("participant", erik))
                .post("/enrolments/{id}/substitute", ids.get(0))
                .then()
                .statusCode(200)
                .body("participant.employeeNumber", equalTo("E-9"))
                .body("status", equalTo("CONFIRMED"));

        // 20 days before the start: within the 21-day window, 50 % of 15000.00
        as(HR).body(Map.of("reason", "Project deadline"))
                .post("/enrolments/{id}/cancel", ids.get(1))
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("fee.amount", equalTo("7500.00"));
        as(HR).body(Map.of("reason", "Twice"))
                .post("/enrolments/{id}/cancel", ids.get(1))
                .then()
                .statusCode(409);

        as(UNI).body(Map.of("creditsAwarded", 7.5, "grade", "G"))
                .post("/enrolments/{id}/complete", ids.get(0))
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("creditsAwarded", equalTo(7.5f));
        as(UNI).body(Map.of("creditsAwarded", 30, "grade", "G"))
                .post("/enrolments/{id}/complete", ids.get(2))
                .then()
                .statusCode(400);
        as(UNI).body(Map.of("reason", "Prerequisites missing"))
                .post("/enrolments/{id}/reject", ids.get(2))
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));

        as(HR).queryParam("from", TODAY.toString())
                .get("/reports/participation")
                .then()
                .statusCode(200)
                .body("employees.find { it.employeeNumber == 'E-9' }.credits", equalTo(7.5f))
                .body("employees.find { it.employeeNumber == 'E-9' }.cost", equalTo(15000.0f))
                .body("employees.find { it.employeeNumber == 'E-2' }.cost", equalTo(7500.0f));
        String csv = as(HR).accept("text/csv")
                .get("/reports/participation")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        assertThat(csv).startsWith("employee_number,").contains("E-9,Erik,").contains(",COMPLETED,7.5,G,15000.00");

        // 3 requested, then confirmed, substituted, cancelled, completed, rejected
        var types = Topics.await("enrolment.enrolments", r -> ids.contains(r.key()), 8, Duration.ofSeconds(20)).stream()
                .map(r -> EventAssertions.assertValidEvent(Topics.json(r))
                        .get("type")
                        .asText())
                .toList();
        assertThat(types)
                .contains(
                        "EnrolmentConfirmed",
                        "ParticipantSubstituted",
                        "EnrolmentCancelled",
                        "EnrolmentCompleted",
                        "EnrolmentRejected");
    }

    @Test
    void identity_numbers_are_shown_to_the_university_only_and_never_published() {
        Occasion occasion = occasion(sql, KUSTLAND, 5, TODAY.plusDays(60));
        UUID agreement = agreement(sql, KUSTLAND, VERKSTAD, occasion.courseId(), 50, false);
        Map<String, Object> anna = participant("E-1");
        anna.put("personalIdentityNumber", PIN);
        String orderId = place("k-" + UUID.randomUUID(), order(agreement, occasion.id(), anna))
                .statusCode(201)
                .body("enrolments[0].participant.personalIdentityNumber", nullValue())
                .extract()
                .path("id");

        as(UNI).get("/occasions/{id}/enrolments", occasion.id())
                .then()
                .statusCode(200)
                .body("items[0].participant.personalIdentityNumber", equalTo(PIN));
        as(HR).get("/occasions/{id}/enrolments", occasion.id())
                .then()
                .statusCode(200)
                .body("items[0].participant.personalIdentityNumber", nullValue());
        as(TestTokens.employer(REGION))
                .get("/occasions/{id}/enrolments", occasion.id())
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        as(TestTokens.university(NORRDAL))
                .get("/occasions/{id}/enrolments", occasion.id())
                .then()
                .statusCode(404);

        Topics.await("enrolment.enrolments", r -> r.value().contains(orderId), 1, Duration.ofSeconds(20));
        // The number in any of its written forms (with or without century or dash), not just its last four digits:
        // those turned up inside an event's timestamp (…869874176Z) and failed the test with nothing leaked.
        Pattern pin = Pattern.compile("811228[-+]?9874");
        assertThat(Topics.readAll("enrolment.enrolments"))
                .noneMatch(r -> pin.matcher(r.value()).find());
    }

    @Test
    void bad_orders_are_refused_and_nothing_is_written() {
        Occasion occasion = occasion(sql, KUSTLAND, 5, TODAY.plusDays(60));
        UUID agreement = agreement(sql, KUSTLAND, VERKSTAD, occasion.courseId(), 50, false);
        UUID othersAgreement = agreement(sql, KUSTLAND, REGION, occasion.courseId(), 50, false);
        Occasion closed = occasion(sql, KUSTLAND, 5, TODAY.plusDays(3));
        Occasion elsewhere = occasion(sql, NORRDAL, 5, TODAY.plusDays(60));
        Map<String, Object> badMail = participant("E-5");
        badMail.put("email", "not-an-address");
        Map<String, Object> badPin = participant("E-6");
        badPin.put("personalIdentityNumber", "19811228-9875");
        long before = sql.count("select count(*) from enrolment");

        place("k1-" + UUID.randomUUID(), order(agreement, occasion.id())).statusCode(400);
        place("k2-" + UUID.randomUUID(), order(agreement, occasion.id(), participant("E-1"), participant("E-1")))
                .statusCode(400)
                .body("errors.field", hasItem("participants[1].employeeNumber"));
        place("k3-" + UUID.randomUUID(), order(agreement, occasion.id(), badMail))
                .statusCode(400)
                .body("errors.field", hasItem("participants[0].email"));
        place("k4-" + UUID.randomUUID(), order(agreement, occasion.id(), badPin))
                .statusCode(400)
                .body(not(containsString("9875")));
        place("k5-" + UUID.randomUUID(), order(othersAgreement, occasion.id(), participant("E-1")))
                .statusCode(404);
        place("k6-" + UUID.randomUUID(), order(UUID.randomUUID(), occasion.id(), participant("E-1")))
                .statusCode(404);
        place("k7-" + UUID.randomUUID(), order(agreement, UUID.randomUUID(), participant("E-1")))
                .statusCode(404);
        place("k8-" + UUID.randomUUID(), order(agreement, closed.id(), participant("E-1")))
                .statusCode(409)
                .body("detail", containsString("took orders until"));
        place("k9-" + UUID.randomUUID(), order(agreement, elsewhere.id(), participant("E-1")))
                .statusCode(422);
        as(HR).body(order(agreement, occasion.id(), participant("E-1")))
                .post("/orders")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
        as(UNI).header("Idempotency-Key", "x")
                .body(order(agreement, occasion.id(), participant("E-1")))
                .post("/orders")
                .then()
                .statusCode(403);

        assertThat(sql.count("select count(*) from enrolment")).isEqualTo(before);
        place("k10-" + UUID.randomUUID(), order(agreement, occasion.id(), participant("E-1")))
                .statusCode(201);
        place("k11-" + UUID.randomUUID(), order(agreement, occasion.id(), participant("E-1")))
                .statusCode(409)
                .body("detail", containsString("already enrolled"));
    }

    @Test
    void a_withdrawn_occasion_cancels_its_enrolments_without_fee_and_says_why() {
        Occasion occasion = occasion(sql, KUSTLAND, 1, TODAY.plusDays(10));
        UUID agreement = agreement(sql, KUSTLAND, VERKSTAD, occasion.courseId(), 50, true);
        String orderId = place(
                        "k-" + UUID.randomUUID(),
                        order(agreement, occasion.id(), participant("E-1"), participant("E-2")))
                .statusCode(201)
                .body("enrolments.status", equalTo(List.of("CONFIRMED", "WAITLISTED")))
                .extract()
                .path("id");

        EnrolmentTestSupport.withdraw(occasion, KUSTLAND);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> as(HR).get("/orders/{id}", orderId)
                        .then()
                        .body("status", equalTo("CLOSED"))
                        .body("enrolments.status", everyItem(equalTo("CANCELLED")))
                        .body("enrolments.fee.amount", everyItem(equalTo("0.00")))
                        .body("enrolments[0].statusReason", containsString("withdrawn")));
        place("k-" + UUID.randomUUID(), order(agreement, occasion.id(), participant("E-3")))
                .statusCode(409);
    }

    private static ValidatableResponse place(String key, Map<String, Object> body) {
        return as(HR).header("Idempotency-Key", key).body(body).post("/orders").then();
    }
}
