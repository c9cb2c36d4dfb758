package se.uppdrag.enrolment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.TestTokens;

/**
 * A closed occasion, made for one employer after an awarded inquiry, takes that employer's orders under the awarded
 * agreement only: another employer does not find it (404), the same employer under another agreement is refused
 * (422), and only the awarded agreement lists it as orderable.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class ClosedOccasionOrdersIT {

    private static final String HR = TestTokens.employer(VERKSTAD);
    private static final String OTHER_HR = TestTokens.employer(REGION);

    @Inject
    TestSql sql;

    @Test
    void only_the_employer_it_was_made_for_orders_it_and_only_under_the_awarded_agreement() {
        UUID course = UUID.randomUUID();
        UUID awarded = agreement(sql, KUSTLAND, VERKSTAD, course, 20, true);
        UUID otherOfSameEmployer = agreement(sql, KUSTLAND, VERKSTAD, course, 20, true);
        UUID otherEmployers = agreement(sql, KUSTLAND, REGION, course, 20, true);
        var closed = occasion(sql, KUSTLAND, 12, TODAY.plusDays(40), course, VERKSTAD, awarded);

        as(OTHER_HR)
                .queryParam("size", 100)
                .get("/agreements/{id}/occasions", otherEmployers)
                .then()
                .statusCode(200)
                .body("items.occasionId", not(hasItem(closed.id().toString())));
        as(OTHER_HR)
                .body(order(otherEmployers, closed.id(), participant("R1")))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/orders")
                .then()
                .statusCode(404);
        as(HR).queryParam("size", 100)
                .get("/agreements/{id}/occasions", otherOfSameEmployer)
                .then()
                .body("items.occasionId", not(hasItem(closed.id().toString())));
        as(HR).body(order(otherOfSameEmployer, closed.id(), participant("V1")))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/orders")
                .then()
                .statusCode(422)
                .body("detail", containsString("takes orders under it only"));

        as(HR).queryParam("size", 100)
                .get("/agreements/{id}/occasions", awarded)
                .then()
                .body("items.occasionId", hasItem(closed.id().toString()));
        as(HR).body(order(awarded, closed.id(), participant("V1")))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/orders")
                .then()
                .statusCode(201)
                .body("enrolments[0].status", equalTo("CONFIRMED"));
    }
}
