package se.uppdrag.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.uppdrag.enrolment.EnrolmentTestSupport.KUSTLAND;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import se.uppdrag.enrolment.EnrolmentTestSupport.Occasion;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.TestTokens;

/** Many employers racing for the last seats: exactly the capacity gets seats, the rest wait in order. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class SeatRaceIT {

    @Inject
    TestSql sql;

    @Test
    void concurrent_orders_never_overbook_and_the_waiting_list_moves_up_in_order() throws Exception {
        int seats = 5;
        int orders = 24;
        Occasion occasion = occasion(sql, KUSTLAND, seats, TODAY.plusDays(60));
        UUID verkstad = agreement(sql, KUSTLAND, VERKSTAD, occasion.courseId(), 100, false);
        UUID region = agreement(sql, KUSTLAND, REGION, occasion.courseId(), 100, false);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            boolean first = i % 2 == 0;
            String token = TestTokens.employer(first ? VERKSTAD : REGION);
            Map<String, Object> body = order(first ? verkstad : region, occasion.id(), participant("R-" + i));
            calls.add(() -> as(token)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(body)
                    .post("/orders")
                    .then()
                    .extract()
                    .statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(calls)) {
            statuses.add(f.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(201);
        UUID id = occasion.id();
        assertThat(count("status = 'PENDING'", id)).isEqualTo(seats);
        assertThat(count("status = 'WAITLISTED'", id)).isEqualTo(orders - seats);
        assertThat(sql.count(
                        "select count(distinct waitlist_position) from enrolment where occasion_id = ? "
                                + "and status = 'WAITLISTED'",
                        id))
                .isEqualTo(orders - seats);
        assertThat(sql.count("select seats_taken from occasion_fact where occasion_id = ?", id))
                .isEqualTo(seats);

        // A seat frees: the first in line (position 1) gets it.
        String firstInLine =
                sqlString("select e.id from enrolment e where occasion_id = ? and waitlist_position = 1", id);
        String employerOfFirst = sqlString("select employer from enrolment where id = ?", UUID.fromString(firstInLine));
        String pending = sqlString("select id from enrolment where occasion_id = ? and status = 'PENDING' limit 1", id);
        String pendingEmployer = sqlString("select employer from enrolment where id = ?", UUID.fromString(pending));
        as(TestTokens.employer(pendingEmployer))
                .body(Map.of("reason", "Changed plans"))
                .post("/enrolments/{id}/cancel", pending)
                .then()
                .statusCode(200);

        assertThat(sqlString("select status from enrolment where id = ?", UUID.fromString(firstInLine)))
                .isEqualTo("PENDING");
        assertThat(count("status = 'PENDING'", id)).isEqualTo(seats);
        assertThat(employerOfFirst).isIn(VERKSTAD, REGION);
    }

    @Test
    void the_quota_holds_and_a_waiting_participant_without_quota_is_passed_over() {
        Occasion occasion = occasion(sql, KUSTLAND, 3, TODAY.plusDays(60));
        UUID small = agreement(sql, KUSTLAND, VERKSTAD, occasion.courseId(), 1, false);
        UUID large = agreement(sql, KUSTLAND, REGION, occasion.courseId(), 10, false);

        List<String> verkstad = as(TestTokens.employer(VERKSTAD))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(order(small, occasion.id(), participant("V-1"), participant("V-2")))
                .post("/orders")
                .then()
                .statusCode(201)
                .extract()
                .path("enrolments.status");
        assertThat(verkstad).containsExactly("PENDING", "WAITLISTED");

        List<String> region = as(TestTokens.employer(REGION))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(order(large, occasion.id(), participant("G-1"), participant("G-2"), participant("G-3")))
                .post("/orders")
                .then()
                .statusCode(201)
                .extract()
                .path("enrolments.id");
        String g1 = region.get(0);
        assertThat(sqlString("select status from enrolment where id = ?", UUID.fromString(region.get(2))))
                .isEqualTo("WAITLISTED");

        // A Region seat frees: V-2 waits first but Verkstad's quota is used up, so G-3 gets it.
        as(TestTokens.employer(REGION))
                .body(Map.of("reason", "Changed plans"))
                .post("/enrolments/{id}/cancel", g1)
                .then()
                .statusCode(200);
        assertThat(sqlString("select status from enrolment where id = ?", UUID.fromString(region.get(2))))
                .isEqualTo("PENDING");
        assertThat(count("status = 'WAITLISTED'", occasion.id())).isEqualTo(1);
        assertThat(sql.count("select seats_used from agreement_fact where agreement_id = ?", small))
                .isEqualTo(1);
    }

    @Test
    void more_seats_published_by_the_catalogue_promote_the_waiting_list() {
        Occasion occasion = occasion(sql, KUSTLAND, 1, TODAY.plusDays(60));
        UUID agreement = agreement(sql, KUSTLAND, VERKSTAD, occasion.courseId(), 10, false);
        as(TestTokens.employer(VERKSTAD))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(order(agreement, occasion.id(), participant("W-1"), participant("W-2"), participant("W-3")))
                .post("/orders")
                .then()
                .statusCode(201);

        EnrolmentTestSupport.changeSeats(occasion, KUSTLAND, 2, TODAY.plusDays(60));

        await().atMost(Duration.ofSeconds(20)).until(() -> count("status = 'PENDING'", occasion.id()) == 2);
        assertThat(sqlString(
                        "select employee_number from enrolment where occasion_id = ? and status = 'WAITLISTED'",
                        occasion.id()))
                .isEqualTo("W-3");
    }

    private long count(String condition, UUID occasionId) {
        return sql.count("select count(*) from enrolment where occasion_id = ? and " + condition, occasionId);
    }

    private String sqlString(String query, Object param) {
        return sql.string(query, param);
    }
}
