package se.uppdrag.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
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

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppdrag.enrolment.EnrolmentTestSupport.Occasion;
import se.uppdrag.testsupport.EventAssertions;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.TestTokens;
import se.uppdrag.testsupport.Topics;

/**
 * What the portal's work lists stand on: the confirmation queue and bulk decisions, a whole occasion's results at once,
 * the fee before a cancellation, orders by filter, what an agreement lets the employer order, and how much of it is used.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class WorkListsIT {

    private static final String HR = TestTokens.employer(VERKSTAD);
    private static final String UNI = TestTokens.university(KUSTLAND);

    @Inject
    TestSql sql;

    @Test
    void the_queue_holds_the_universitys_pending_participants_on_every_occasion_and_names_each_occasion() {
        Occasion first = occasion(sql, KUSTLAND, 5, TODAY.plusDays(60));
        Occasion second = occasion(sql, KUSTLAND, 5, TODAY.plusDays(90));
        Occasion elsewhere = occasion(sql, NORRDAL, 5, TODAY.plusDays(60));
        String a = orderOf(agreement(sql, KUSTLAND, VERKSTAD, first.courseId(), 50, false), first, "Q-1")
                .get(0);
        String b = orderOf(agreement(sql, KUSTLAND, VERKSTAD, second.courseId(), 50, false), second, "Q-2")
                .get(0);
        String c = orderOf(agreement(sql, NORRDAL, VERKSTAD, elsewhere.courseId(), 50, false), elsewhere, "Q-3")
                .get(0);

        List<String> queue = as(UNI).queryParam("status", "PENDING")
                .queryParam("size", 100)
                .get("/enrolments")
                .then()
                .statusCode(200)
                .body("items.status", everyItem(equalTo("PENDING")))
                .extract()
                .path("items.id");
        assertThat(queue).contains(a, b).doesNotContain(c);
        as(UNI).queryParam("occasion", second.id().toString())
                .get("/enrolments")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(b)))
                .body("items[0].occasion.courseCode", equalTo("KUS101"))
                .body("items[0].occasion.startDate", equalTo(TODAY.plusDays(90).toString()));
        as(TestTokens.university(NORRDAL))
                .queryParam("size", 100)
                .get("/enrolments")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(c))
                .body("items.id", not(hasItem(a)));
        as(HR).queryParam("occasion", first.id().toString())
                .get("/enrolments")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(a)));
        as(TestTokens.employer(REGION))
                .queryParam("occasion", first.id().toString())
                .get("/enrolments")
                .then()
                .statusCode(200)
                .body("items", empty());
        as(UNI).queryParam("status", "LOST")
                .get("/enrolments")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
        as(TestTokens.finance(KUSTLAND)).get("/enrolments").then().statusCode(403);
    }

    @Test
    void bulk_decisions_apply_all_or_none_and_a_rejected_seat_goes_to_the_waiting_list() {
        Occasion occasion = occasion(sql, KUSTLAND, 3, TODAY.plusDays(60));
        UUID agreement = agreement(sql, KUSTLAND, VERKSTAD, occasion.courseId(), 50, false);
        List<String> ids = orderOf(agreement, occasion, "D-1", "D-2", "D-3", "D-4");
        String confirmed = ids.get(0);
        as(UNI).post("/enrolments/{id}/confirm", confirmed).then().statusCode(200);

        as(UNI).body(Map.of("confirm", List.of(ids.get(1), confirmed), "reject", List.of(ids.get(2))))
                .post("/enrolments/decisions")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("confirm[1]")))
                .body("detail", containsString("Nothing was decided"));
        assertThat(statuses(occasion)).containsExactly("CONFIRMED", "PENDING", "PENDING", "WAITLISTED");

        as(UNI).body(Map.of("confirm", List.of(ids.get(1)), "reject", List.of(UUID.randomUUID())))
                .post("/enrolments/decisions")
                .then()
                .statusCode(404);
        as(TestTokens.university(NORRDAL))
                .body(Map.of("confirm", List.of(ids.get(1))))
                .post("/enrolments/decisions")
                .then()
                .statusCode(404);
        as(UNI).body(Map.of("confirm", List.of(ids.get(1)), "reject", List.of(ids.get(1))))
                .post("/enrolments/decisions")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("reject[0]")));
        as(UNI).body(Map.of("confirm", List.of()))
                .post("/enrolments/decisions")
                .then()
                .statusCode(400);
        as(HR).body(Map.of("confirm", List.of(ids.get(1))))
                .post("/enrolments/decisions")
                .then()
                .statusCode(403);
        assertThat(statuses(occasion)).containsExactly("CONFIRMED", "PENDING", "PENDING", "WAITLISTED");

        as(UNI).body(Map.of("confirm", List.of(ids.get(1)), "reject", List.of(ids.get(2)), "reason", "Prerequisites"))
                .post("/enrolments/decisions")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(ids.get(1), ids.get(2))))
                .body("items.status", equalTo(List.of("CONFIRMED", "REJECTED")));
        // The rejected seat went to the one waiting.
        assertThat(statuses(occasion)).containsExactly("CONFIRMED", "CONFIRMED", "REJECTED", "PENDING");
        var events = Topics.await("enrolment.enrolments", r -> r.key().equals(ids.get(3)), 2, Duration.ofSeconds(20));
        assertThat(events.stream()
                        .map(r -> EventAssertions.assertValidEvent(Topics.json(r))
                                .get("type")
                                .asText()))
                .containsExactly("EnrolmentWaitlisted", "EnrolmentPromoted");
    }

    @Test
    void a_whole_occasions_results_are_reported_at_once_or_not_at_all() {
        Occasion occasion = occasion(sql, KUSTLAND, 5, TODAY.plusDays(60));
        UUID agreement = agreement(sql, KUSTLAND, VERKSTAD, occasion.courseId(), 50, false);
        List<String> ids = orderOf(agreement, occasion, "R-1", "R-2", "R-3");
        as(UNI).body(Map.of("confirm", ids))
                .post("/enrolments/decisions")
                .then()
                .statusCode(200);
        Occasion other = occasion(sql, KUSTLAND, 5, TODAY.plusDays(60));
        String stranger = orderOf(agreement(sql, KUSTLAND, VERKSTAD, other.courseId(), 50, false), other, "R-9")
                .get(0);

        as(UNI).body(results(
                        result(ids.get(0), "COMPLETED", 7.5, "VG"),
                        result(ids.get(1), "COMPLETED", 30, "G"),
                        result(stranger, "NOT_COMPLETED", null, null),
                        result(ids.get(2), "COMPLETED", 7.5, " ")))
                .post("/occasions/{id}/completions", occasion.id())
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        equalTo(List.of("results[1].creditsAwarded", "results[3].grade", "results[2].enrolmentId")));
        as(TestTokens.university(NORRDAL))
                .body(results(result(ids.get(0), "NOT_COMPLETED", null, null)))
                .post("/occasions/{id}/completions", occasion.id())
                .then()
                .statusCode(404);
        as(UNI).body(Map.of("results", List.of(Map.of("enrolmentId", ids.get(0), "outcome", "PASSED"))))
                .post("/occasions/{id}/completions", occasion.id())
                .then()
                .statusCode(400);
        assertThat(statuses(occasion)).containsOnly("CONFIRMED");

        as(UNI).post("/enrolments/{id}/not-completed", ids.get(2)).then().statusCode(200);
        as(UNI).body(results(result(ids.get(0), "COMPLETED", 7.5, "VG"), result(ids.get(2), "COMPLETED", 7.5, "G")))
                .post("/occasions/{id}/completions", occasion.id())
                .then()
                .statusCode(409)
                .body("errors.field", equalTo(List.of("results[1].enrolmentId")));
        assertThat(statuses(occasion)).containsExactly("CONFIRMED", "CONFIRMED", "NOT_COMPLETED");

        as(UNI).body(results(
                        result(ids.get(0), "COMPLETED", 7.5, "VG"), result(ids.get(1), "NOT_COMPLETED", null, null)))
                .post("/occasions/{id}/completions", occasion.id())
                .then()
                .statusCode(200)
                .body("items.status", equalTo(List.of("COMPLETED", "NOT_COMPLETED")))
                .body("items[0].creditsAwarded", equalTo(7.5f))
                .body("items[0].grade", equalTo("VG"));
        var types = Topics.await(
                        "enrolment.enrolments",
                        r -> r.key().equals(ids.get(0)) || r.key().equals(ids.get(1)),
                        6,
                        Duration.ofSeconds(20))
                .stream()
                .map(r -> EventAssertions.assertValidEvent(Topics.json(r))
                        .get("type")
                        .asText());
        assertThat(types).contains("EnrolmentCompleted", "EnrolmentNotCompleted");
    }

    @Test
    void the_fee_is_quoted_before_a_cancellation_and_is_the_fee_charged() {
        Occasion occasion = occasion(sql, KUSTLAND, 1, TODAY.plusDays(20));
        UUID agreement = agreement(sql, KUSTLAND, VERKSTAD, occasion.courseId(), 50, false);
        List<String> ids = orderOf(agreement, occasion, "C-1", "C-2");

        // 20 days before the start: within the 21-day window, 50 % of 15000.00; the one waiting costs nothing.
        as(HR).get("/enrolments/{id}/cancellation", ids.get(0))
                .then()
                .statusCode(200)
                .body("daysBeforeStart", equalTo(20))
                .body("percent", equalTo(50))
                .body("fee.amount", equalTo("7500.00"));
        as(HR).get("/enrolments/{id}/cancellation", ids.get(1))
                .then()
                .statusCode(200)
                .body("status", equalTo("WAITLISTED"))
                .body("fee.amount", equalTo("0.00"));
        as(TestTokens.employer(REGION))
                .get("/enrolments/{id}/cancellation", ids.get(0))
                .then()
                .statusCode(404);
        as(UNI).get("/enrolments/{id}/cancellation", ids.get(0)).then().statusCode(403);

        as(HR).body(Map.of("reason", "Sick"))
                .post("/enrolments/{id}/cancel", ids.get(0))
                .then()
                .statusCode(200)
                .body("fee.amount", equalTo("7500.00"));
        as(HR).get("/enrolments/{id}/cancellation", ids.get(0))
                .then()
                .statusCode(409)
                .body("detail", containsString("CANCELLED"));
    }

    @Test
    void orders_are_found_by_status_agreement_occasion_and_day() {
        Occasion occasion = occasion(sql, KUSTLAND, 5, TODAY.plusDays(60));
        UUID agreement = agreement(sql, KUSTLAND, VERKSTAD, occasion.courseId(), 50, false);
        String open = orderId(agreement, occasion, "O-1");
        String closing = orderId(agreement, occasion, "O-2");
        String enrolment = as(HR).get("/orders/{id}", closing).then().extract().path("enrolments[0].id");
        as(HR).body(Map.of()).post("/enrolments/{id}/cancel", enrolment).then().statusCode(200);

        as(HR).queryParam("agreement", agreement.toString())
                .get("/orders")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(closing, open)))
                .body("items[0].occasion.title", equalTo("Industrial machine learning"));
        as(HR).queryParam("agreement", agreement.toString())
                .queryParam("status", "OPEN")
                .get("/orders")
                .then()
                .body("items.id", equalTo(List.of(open)));
        as(HR).queryParam("occasion", occasion.id().toString())
                .queryParam("status", "closed")
                .get("/orders")
                .then()
                .body("items.id", equalTo(List.of(closing)));
        as(HR).queryParam("agreement", agreement.toString())
                .queryParam("from", TODAY.toString())
                .queryParam("to", TODAY.toString())
                .get("/orders")
                .then()
                .body("items", hasSize(2));
        as(HR).queryParam("agreement", agreement.toString())
                .queryParam("from", TODAY.plusDays(2).toString())
                .get("/orders")
                .then()
                .body("items", empty());
        as(UNI).queryParam("occasion", occasion.id().toString())
                .get("/orders")
                .then()
                .body("items", hasSize(2));
        as(TestTokens.employer(REGION))
                .queryParam("agreement", agreement.toString())
                .get("/orders")
                .then()
                .body("items", empty());
        as(HR).queryParam("status", "SOMETIMES").get("/orders").then().statusCode(400);
        as(HR).queryParam("agreement", "not-a-uuid")
                .get("/orders")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("agreement"));
    }

    @Test
    void orders_are_listed_by_when_their_occasion_starts_or_when_they_were_placed_as_asked() {
        Occasion later = occasion(sql, KUSTLAND, 5, TODAY.plusDays(90));
        Occasion sooner = occasion(sql, KUSTLAND, 5, TODAY.plusDays(30));
        String placedFirst = orderId(agreement(sql, KUSTLAND, VERKSTAD, later.courseId(), 50, false), later, "S-1");
        String placedSecond = orderId(agreement(sql, KUSTLAND, VERKSTAD, sooner.courseId(), 50, false), sooner, "S-2");

        assertThat(ids("start")).containsSubsequence(placedSecond, placedFirst);
        assertThat(ids("-start")).containsSubsequence(placedFirst, placedSecond);
        assertThat(ids("placed")).containsSubsequence(placedFirst, placedSecond);
        assertThat(ids(null)).as("newest first").containsSubsequence(placedSecond, placedFirst);
        as(HR).queryParam("sort", "price")
                .get("/orders")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    private static List<String> ids(String sort) {
        var request = as(HR).queryParam("size", 100);
        if (sort != null) {
            request = request.queryParam("sort", sort);
        }
        return request.get("/orders").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void an_agreement_shows_what_can_be_ordered_under_it_at_its_price_and_how_much_is_used() {
        Occasion covered = occasion(sql, KUSTLAND, 4, TODAY.plusDays(60));
        Occasion tooLate = occasion(sql, KUSTLAND, 4, TODAY.plusDays(3));
        Occasion notCovered = occasion(sql, KUSTLAND, 4, TODAY.plusDays(60));
        UUID agreement = agreement(sql, KUSTLAND, VERKSTAD, covered.courseId(), 3, false);
        List<String> ids = orderOf(agreement, covered, "U-1", "U-2");

        as(HR).get("/agreements/{id}/occasions", agreement)
                .then()
                .statusCode(200)
                .body("items.occasionId", equalTo(List.of(covered.id().toString())))
                .body("items[0].price.amount", equalTo("15000.00"))
                .body("items[0].listPrice.amount", equalTo("18000.00"))
                .body("items[0].seatsAvailable", equalTo(2));
        assertThat(tooLate.id()).isNotEqualTo(notCovered.id());
        as(TestTokens.employer(REGION))
                .get("/agreements/{id}/occasions", agreement)
                .then()
                .statusCode(404);
        as(UNI).get("/agreements/{id}/occasions", agreement).then().statusCode(403);

        as(HR).body(Map.of()).post("/enrolments/{id}/cancel", ids.get(1)).then().statusCode(200);
        as(HR).get("/agreements/{id}/usage", agreement)
                .then()
                .statusCode(200)
                .body("seatQuota", equalTo(3))
                .body("seatsUsed", equalTo(1))
                .body("seatsLeft", equalTo(2))
                .body("enrolments.PENDING", equalTo(1))
                .body("enrolments.CANCELLED", equalTo(1))
                .body("committed.amount", equalTo("15000.00"))
                .body("fees.amount", equalTo("0.00"));
        as(UNI).get("/agreements/{id}/usage", agreement).then().statusCode(200).body("seatsUsed", equalTo(1));
        as(TestTokens.university(NORRDAL))
                .get("/agreements/{id}/usage", agreement)
                .then()
                .statusCode(404);
        as(TestTokens.employer(REGION))
                .get("/agreements/{id}/usage", agreement)
                .then()
                .statusCode(404);
    }

    private List<String> statuses(Occasion occasion) {
        return as(UNI).get("/occasions/{id}/enrolments", occasion.id())
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("items.sort { it.participant.employeeNumber }.status");
    }

    private static List<String> orderOf(UUID agreement, Occasion occasion, String... employees) {
        @SuppressWarnings("unchecked")
        Map<String, Object>[] people =
                Arrays.stream(employees).map(EnrolmentTestSupport::participant).toArray(Map[]::new);
        return as(HR).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(order(agreement, occasion.id(), people))
                .post("/orders")
                .then()
                .statusCode(201)
                .extract()
                .path("enrolments.id");
    }

    private static String orderId(UUID agreement, Occasion occasion, String employee) {
        return as(HR).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(order(agreement, occasion.id(), participant(employee)))
                .post("/orders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @SafeVarargs
    @SuppressWarnings("varargs") // the array only ever becomes an immutable list
    private static Map<String, Object> results(Map<String, Object>... results) {
        return Map.of("results", List.of(results));
    }

    private static Map<String, Object> result(String enrolment, String outcome, Number credits, String grade) {
        Map<String, Object> row = new HashMap<>();
        row.put("enrolmentId", enrolment);
        row.put("outcome", outcome);
        if (credits != null) {
            row.put("creditsAwarded", credits);
        }
        if (grade != null) {
            row.put("grade", grade);
        }
        return row;
    }
}
