package se.uppdrag.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static se.uppdrag.enrolment.EnrolmentTestSupport.TODAY;
import static se.uppdrag.enrolment.EnrolmentTestSupport.agreement;
import static se.uppdrag.enrolment.EnrolmentTestSupport.occasion;
import static se.uppdrag.enrolment.EnrolmentTestSupport.order;
import static se.uppdrag.enrolment.EnrolmentTestSupport.participant;
import static se.uppdrag.testsupport.Api.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
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
 * Follow-up statistics from real orders and decisions: counted per course, employer and university for the year the
 * occasions start in, each side seeing only its own, and no participant named anywhere in them.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class StatisticsIT {

    /** A university and an employer of this test's own, so no other test's enrolments count. */
    private static final String UNIVERSITY = "2021005554";

    private static final String EMPLOYER = "5565551230";

    @Inject
    TestSql sql;

    @Test
    void decisions_and_results_are_counted_per_course_employer_and_university_for_their_side_only() {
        Occasion occasion = occasion(sql, UNIVERSITY, 10, TODAY.plusDays(40));
        UUID agreement = agreement(sql, UNIVERSITY, EMPLOYER, occasion.courseId(), 50, false);
        String hr = TestTokens.employer(EMPLOYER);
        String uni = TestTokens.university(UNIVERSITY);
        List<String> seats = as(hr).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(order(agreement, occasion.id(), participant("S-1"), participant("S-2"), participant("S-3")))
                .post("/orders")
                .then()
                .statusCode(201)
                .extract()
                .path("enrolments.id");
        as(uni).post("/enrolments/{id}/confirm", seats.get(0)).then().statusCode(200);
        as(uni).post("/enrolments/{id}/confirm", seats.get(1)).then().statusCode(200);
        as(uni).body(Map.of("reason", "Prerequisites missing"))
                .post("/enrolments/{id}/reject", seats.get(2))
                .then()
                .statusCode(200);
        as(uni).body(Map.of("creditsAwarded", 7.5, "grade", "G"))
                .post("/enrolments/{id}/complete", seats.get(0))
                .then()
                .statusCode(200);
        as(uni).post("/enrolments/{id}/not-completed", seats.get(1)).then().statusCode(200);
        String year = Integer.toString(TODAY.plusDays(40).getYear());

        JsonPath perCourse = as(uni).queryParam("year", year)
                .queryParam("by", "COURSE")
                .get("/statistics")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .setRootPath("rows[0]");
        assertThat(perCourse.getString("key")).isEqualTo(occasion.courseId().toString());
        assertThat(perCourse.getLong("ordered")).isEqualTo(3);
        assertThat(perCourse.getLong("confirmed")).isEqualTo(2);
        assertThat(perCourse.getLong("completed")).isEqualTo(1);
        assertThat(perCourse.getLong("notCompleted")).isEqualTo(1);
        assertThat(perCourse.getLong("rejected")).isEqualTo(1);
        assertThat(perCourse.getDouble("creditsAwarded")).isEqualTo(7.5);
        assertThat(perCourse.getDouble("completionRate")).isEqualTo(50.0);

        as(uni).queryParam("year", year)
                .queryParam("by", "EMPLOYER")
                .get("/statistics")
                .then()
                .statusCode(200)
                .body("rows.key", equalTo(List.of(EMPLOYER)))
                .body("total.ordered", equalTo(3));
        // The employer sees its staff per university; another university sees none of it; the operator all of it.
        as(hr).queryParam("year", year)
                .queryParam("by", "UNIVERSITY")
                .get("/statistics")
                .then()
                .statusCode(200)
                .body("rows.find { it.key == '" + UNIVERSITY + "' }.completed", equalTo(1));
        as(TestTokens.university("2021001231"))
                .queryParam("year", year)
                .queryParam("by", "EMPLOYER")
                .get("/statistics")
                .then()
                .statusCode(200)
                .body("rows.findAll { it.key == '" + EMPLOYER + "' }", empty());
        as(TestTokens.operator())
                .queryParam("year", year)
                .queryParam("by", "UNIVERSITY")
                .get("/statistics")
                .then()
                .statusCode(200)
                .body("rows.find { it.key == '" + UNIVERSITY + "' }.ordered", equalTo(3));

        // For research: one line per group and a total, counts only.
        String csv = as(uni).accept("text/csv")
                .queryParam("year", year)
                .queryParam("by", "COURSE")
                .get("/statistics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv.split("\r\n")).hasSize(3).contains(year + ",COURSE,TOTAL,,3,2,1,1,0,1,0,7.5,50.0,0,0,,,,,");
        assertThat(csv).doesNotContain("Anna").doesNotContain("S-1").doesNotContain("verkstad.example");

        as(uni).queryParam("year", "1999")
                .get("/statistics")
                .then()
                .statusCode(400)
                .body("detail", containsString("year"));
        as(uni).queryParam("by", "PARTICIPANT").get("/statistics").then().statusCode(400);
        as(TestTokens.finance(UNIVERSITY)).get("/statistics").then().statusCode(403);
    }
}
