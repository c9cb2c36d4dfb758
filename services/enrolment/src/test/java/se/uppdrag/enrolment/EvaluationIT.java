package se.uppdrag.enrolment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static se.uppdrag.enrolment.EnrolmentTestSupport.TODAY;
import static se.uppdrag.enrolment.EnrolmentTestSupport.agreement;
import static se.uppdrag.enrolment.EnrolmentTestSupport.occasion;
import static se.uppdrag.enrolment.EnrolmentTestSupport.participant;
import static se.uppdrag.testsupport.Api.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.uppdrag.enrolment.EnrolmentTestSupport.Occasion;
import se.uppdrag.enrolment.service.Evaluations;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestMail;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.TestTokens;

/**
 * Course evaluations end to end in the service: after the occasion ends every participant who took part gets a
 * personal link by mail; the link's form asks the standard questions and the course's own; it is answered once; the
 * answers are kept with nothing that leads back to anyone; the university and the employer see aggregates only from
 * the fifth answer; one reminder goes to those who did not answer.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class EvaluationIT {

    /** A university and employers of this test's own, so no other test's participants are invited with them. */
    private static final String UNIVERSITY = "2021009991";

    private static final String EMPLOYER = "5569990005";
    private static final String OTHER_EMPLOYER = "5569990013";
    private static final Pattern LINK = Pattern.compile("http://localhost:8080/evaluations/([A-Za-z0-9_.-]+)");

    @Inject
    TestSql sql;

    @Inject
    Evaluations evaluations;

    @Test
    void participants_evaluate_once_anonymously_and_results_show_from_the_fifth_answer() {
        LocalDate start = TODAY.plusDays(30);
        LocalDate end = start.plusDays(30);
        Occasion occasion = occasion(sql, UNIVERSITY, 10, start);
        UUID agreement = agreement(sql, UNIVERSITY, EMPLOYER, occasion.courseId(), 20, true);
        String uni = TestTokens.university(UNIVERSITY);
        String hr = TestTokens.employer(EMPLOYER);

        // The university adds a question of its own; nobody else may.
        String question = as(uni).contentType(ContentType.JSON)
                .body(Map.of("courseId", occasion.courseId().toString(), "text", "Hur var labbarna?"))
                .post("/evaluation-questions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(TestTokens.university("2021001231"))
                .contentType(ContentType.JSON)
                .body(Map.of("courseId", occasion.courseId().toString(), "text", "Not mine"))
                .post("/evaluation-questions")
                .then()
                .statusCode(404);
        as(hr).contentType(ContentType.JSON)
                .body(Map.of("courseId", occasion.courseId().toString(), "text", "HR's"))
                .post("/evaluation-questions")
                .then()
                .statusCode(403);

        List<String> addresses = new ArrayList<>();
        List<Map<String, Object>> staff = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String number = "V-" + UUID.randomUUID().toString().substring(0, 8);
            staff.add(participant(number));
            addresses.add(number.toLowerCase(Locale.ROOT) + "@verkstad.example");
        }
        List<String> seats = as(hr).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of(
                        "agreementId",
                        agreement.toString(),
                        "occasionId",
                        occasion.id().toString(),
                        "purpose",
                        "STAFF_TRAINING",
                        "participants",
                        staff))
                .post("/orders")
                .then()
                .statusCode(201)
                .extract()
                .path("enrolments.id");
        as(uni).body(Map.of("creditsAwarded", 7.5, "grade", "G"))
                .post("/enrolments/{id}/complete", seats.get(0))
                .then()
                .statusCode(200);
        as(uni).post("/enrolments/{id}/not-completed", seats.get(1)).then().statusCode(200);
        addresses.forEach(a -> TestMail.awaitTo(a, 1)); // the invitations to the course

        assertThat(evaluations.invite(end))
                .as("nothing before the occasion has ended")
                .isZero();
        assertThat(evaluations.invite(end.plusDays(1))).isEqualTo(6);
        assertThat(evaluations.invite(end.plusDays(2))).as("each invited once").isZero();

        List<String> tokens = new ArrayList<>();
        for (String address : addresses) {
            MimeMessage request = TestMail.awaitTo(address, 2).get(1);
            assertThat(TestMail.subject(request)).startsWith("Hur var KUS101");
            String text = TestMail.part(request, "text/plain").orElseThrow();
            assertThat(text).contains("anonyma");
            Matcher link = LINK.matcher(text);
            assertThat(link.find()).as("a link in %s", text).isTrue();
            tokens.add(link.group(1));
        }

        JsonPath form = given().get("/evaluations/{token}", tokens.get(0))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(form.getString("university")).isEqualTo("Kustlands högskola");
        assertThat(form.getString("language")).isEqualTo("sv");
        assertThat(form.getList("questions.key"))
                .containsExactly("overall", "relevance", "teaching", "organisation", question);
        assertThat(form.getString("questions[4].text")).isEqualTo("Hur var labbarna?");

        String forged = tokens.get(0).substring(0, tokens.get(0).length() - 1)
                + (tokens.get(0).endsWith("A") ? "B" : "A");
        given().get("/evaluations/{token}", forged).then().statusCode(404);
        given().get("/evaluations/{token}", "not-a-token").then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body(answers(5, question, 3, null))
                .post("/evaluations/{token}", forged)
                .then()
                .statusCode(404);
        given().contentType(ContentType.JSON)
                .body(answers(6, question, 3, null))
                .post("/evaluations/{token}", tokens.get(0))
                .then()
                .statusCode(400);
        given().contentType(ContentType.JSON)
                .body(answers(5, UUID.randomUUID().toString(), 3, null))
                .post("/evaluations/{token}", tokens.get(0))
                .then()
                .statusCode(400);

        int[] overall = {5, 4, 4, 3, 5};
        for (int i = 0; i < 4; i++) {
            given().contentType(ContentType.JSON)
                    .body(answers(overall[i], question, 4, i == 0 ? "Bra labbar" : null))
                    .post("/evaluations/{token}", tokens.get(i))
                    .then()
                    .statusCode(204);
        }
        given().contentType(ContentType.JSON)
                .body(answers(1, question, 1, "Again"))
                .post("/evaluations/{token}", tokens.get(0))
                .then()
                .statusCode(409);
        given().get("/evaluations/{token}", tokens.get(0)).then().statusCode(409);

        as(uni).get("/occasions/{id}/evaluation", occasion.id())
                .then()
                .statusCode(200)
                .body("invited", equalTo(6))
                .body("answered", equalTo(4))
                .body("shown", equalTo(false))
                .body("questions", hasSize(0))
                .body("comments", hasSize(0));

        given().contentType(ContentType.JSON)
                .body(answers(overall[4], question, 5, "Mer tid till projektet"))
                .post("/evaluations/{token}", tokens.get(4))
                .then()
                .statusCode(204);

        JsonPath results = as(uni).get("/occasions/{id}/evaluation", occasion.id())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(results.getBoolean("shown")).isTrue();
        assertThat(results.getInt("answered")).isEqualTo(5);
        assertThat(results.getString("responseRate")).isEqualTo("83");
        assertThat(results.getString("questions[0].key")).isEqualTo("overall");
        assertThat(results.getString("questions[0].average")).isEqualTo("4.2"); // (5+4+4+3+5)/5
        assertThat(results.getList("questions[0].distribution", Integer.class)).containsExactly(0, 0, 1, 2, 2);
        assertThat(results.getString("questions[4].text")).isEqualTo("Hur var labbarna?");
        assertThat(results.getString("questions[4].average")).isEqualTo("4.2"); // 4, 4, 4, 4, 5
        assertThat(results.getList("comments", String.class))
                .containsExactlyInAnyOrder("Bra labbar", "Mer tid till projektet");
        as(hr).get("/occasions/{id}/evaluation", occasion.id())
                .then()
                .statusCode(200)
                .body("shown", equalTo(true))
                .body("questions[0].average", equalTo(4.2f))
                .body("comments", hasSize(0));
        as(TestTokens.employer(OTHER_EMPLOYER))
                .get("/occasions/{id}/evaluation", occasion.id())
                .then()
                .statusCode(404);
        as(TestTokens.university("2021001231"))
                .get("/occasions/{id}/evaluation", occasion.id())
                .then()
                .statusCode(404);

        // The follow-up statistics carry the response rate and the averages (shown: five answers).
        JsonPath row = as(uni).queryParam("year", start.getYear())
                .queryParam("by", "COURSE")
                .get("/statistics")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .setRootPath("rows.find { it.key == '" + occasion.courseId() + "' }");
        assertThat(row.getLong("evaluationsInvited")).isEqualTo(6);
        assertThat(row.getLong("evaluationsAnswered")).isEqualTo(5);
        assertThat(row.getString("evaluationResponseRate")).isEqualTo("83.3");
        assertThat(row.getString("evaluation.overall")).isEqualTo("4.2");
        assertThat(row.getString("evaluation.organisation")).isEqualTo("3.0");

        // Nothing kept with the answers leads back to a participant.
        assertThat(sql.string("select string_agg(column_name, ',' order by column_name) from information_schema.columns"
                        + " where table_name = 'evaluation_answer'"))
                .isEqualTo("comment,course_id,custom,employer,id,occasion_id,organisation,overall,relevance,teaching,"
                        + "university");

        // A week on, the one who did not answer is reminded once; those who answered are not.
        Instant weekLater = Instant.now().plus(8, ChronoUnit.DAYS);
        evaluations.remind(weekLater);
        evaluations.remind(weekLater);
        assertThat(sql.count(
                        "select count(*) from mail_outbox where kind = 'EVALUATION_REMINDER' and recipient = ?",
                        addresses.get(5)))
                .isEqualTo(1);
        assertThat(sql.count(
                        "select count(*) from mail_outbox where kind = 'EVALUATION_REMINDER' and recipient = ?",
                        addresses.get(0)))
                .isZero();
        as(uni).get("/evaluation-questions?course={c}", occasion.courseId())
                .then()
                .statusCode(200)
                .body("text", equalTo(List.of("Hur var labbarna?")))
                .body("[0].university", equalTo(UNIVERSITY));
        as(uni).get("/evaluation-questions").then().statusCode(400);
        assertThat(form.getString("endDate")).isEqualTo(end.toString());
        assertThat(form.getString("questions[0].text")).isNull();
        given().get("/evaluations/{token}", tokens.get(5))
                .then()
                .statusCode(200)
                .body("title", equalTo("Industrial machine learning"));
    }

    private static Map<String, Object> answers(int overall, String question, int own, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("overall", overall);
        body.put("relevance", 4);
        body.put("teaching", 4);
        body.put("organisation", 3);
        body.put("custom", Map.of(question, own));
        if (comment != null) {
            body.put("comment", comment);
        }
        return body;
    }
}
