package se.uppdrag.enrolment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static se.uppdrag.enrolment.EnrolmentTestSupport.KUSTLAND;
import static se.uppdrag.enrolment.EnrolmentTestSupport.TODAY;
import static se.uppdrag.enrolment.EnrolmentTestSupport.agreement;
import static se.uppdrag.enrolment.EnrolmentTestSupport.occasion;
import static se.uppdrag.enrolment.EnrolmentTestSupport.order;
import static se.uppdrag.enrolment.EnrolmentTestSupport.participant;
import static se.uppdrag.testsupport.Api.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppdrag.enrolment.EnrolmentTestSupport.Occasion;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.TestTokens;

/**
 * The participation report is built in memory, so it covers a bounded number of enrolments: past the limit the
 * employer is asked to narrow the period (422) instead of the service running out of heap, and a narrower period
 * answers.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@TestProfile(ParticipationReportLimitIT.ThreeEnrolments.class)
class ParticipationReportLimitIT {

    public static class ThreeEnrolments implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("uppdrag.enrolment.report.max-enrolments", "3");
        }
    }

    /** An employer of this test's own, so no other test's enrolments count towards its limit. */
    private static final String EMPLOYER = "5569998882";

    @Inject
    TestSql sql;

    @Test
    void a_period_with_more_enrolments_than_the_report_takes_is_refused_and_a_shorter_one_answers() {
        String hr = TestTokens.employer(EMPLOYER);
        Occasion soon = occasion(sql, KUSTLAND, 10, TODAY.plusDays(30));
        Occasion later = occasion(sql, KUSTLAND, 10, TODAY.plusDays(90));
        UUID agreement = agreement(sql, KUSTLAND, EMPLOYER, soon.courseId(), 50, false);
        UUID laterAgreement = agreement(sql, KUSTLAND, EMPLOYER, later.courseId(), 50, false);
        as(hr).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(order(agreement, soon.id(), participant("R-1"), participant("R-2")))
                .post("/orders")
                .then()
                .statusCode(201);
        as(hr).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(order(laterAgreement, later.id(), participant("R-3"), participant("R-4")))
                .post("/orders")
                .then()
                .statusCode(201);

        as(hr).get("/reports/participation")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("at most 3 enrolments"))
                .body("detail", containsString("shorter period"));
        as(hr).accept("text/csv").get("/reports/participation").then().statusCode(422);

        as(hr).queryParam("to", TODAY.plusDays(60).toString())
                .get("/reports/participation")
                .then()
                .statusCode(200)
                .body("employees", hasSize(2))
                .body("employees.employeeNumber", equalTo(List.of("R-1", "R-2")));
    }
}
