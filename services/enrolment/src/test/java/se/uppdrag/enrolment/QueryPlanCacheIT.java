package se.uppdrag.enrolment;

import static se.uppdrag.enrolment.EnrolmentTestSupport.KUSTLAND;
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
import jakarta.persistence.EntityManagerFactory;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppdrag.enrolment.EnrolmentTestSupport.Occasion;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.QueryPlans;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.TestTokens;

/**
 * The order path and the consumers find their query plans again: a plan built anew on every execution (as Hibernate
 * does for a native query given a basic result class) filled the cache with thousands alike, and every order then
 * spent a fifth of its CPU walking through them.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class QueryPlanCacheIT {

    private static final String HR = TestTokens.employer(VERKSTAD);

    @Inject
    TestSql sql;

    @Inject
    EntityManagerFactory factory;

    @Test
    void hearing_of_occasions_and_agreements_and_placing_orders_again_adds_no_query_plan() {
        QueryPlans.assertRepeatingAddsNoPlan(factory, this::occasionsAndOrders);
    }

    /** An occasion and an agreement heard of through the inbox, and three orders placed on them. */
    private void occasionsAndOrders() {
        Occasion occasion = occasion(sql, KUSTLAND, 10, TODAY.plusDays(60));
        UUID agreement = agreement(sql, KUSTLAND, VERKSTAD, occasion.courseId(), 10, true);
        for (int i = 1; i <= 3; i++) {
            as(HR).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(order(agreement, occasion.id(), participant("E-" + i)))
                    .post("/orders")
                    .then()
                    .statusCode(201);
        }
    }
}
