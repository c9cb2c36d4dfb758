package se.uppdrag.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static se.uppdrag.catalogue.CatalogueTestSupport.KUSTLAND;
import static se.uppdrag.catalogue.CatalogueTestSupport.NORRDAL;
import static se.uppdrag.catalogue.CatalogueTestSupport.VERKSTAD;
import static se.uppdrag.catalogue.CatalogueTestSupport.course;
import static se.uppdrag.catalogue.CatalogueTestSupport.createCourse;
import static se.uppdrag.catalogue.CatalogueTestSupport.uniqueCode;
import static se.uppdrag.testsupport.Api.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class CourseApiIT {

    @Inject
    TestSql database;

    @Test
    void a_university_publishes_a_course_that_anyone_can_read() {
        String code = uniqueCode();
        String id = as(TestTokens.university(KUSTLAND))
                .body(course(code))
                .post("/courses")
                .then()
                .statusCode(201)
                .header("Location", containsString("/courses/"))
                .body("university", equalTo(KUSTLAND))
                .body("code", equalTo(code))
                .body("credits", equalTo(7.5f))
                .body("learningOutcomes", hasItem("Train a model on production data"))
                .extract()
                .path("id");

        given().get("/courses/{id}", id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Industrial machine learning " + code));
        given().queryParam("university", KUSTLAND)
                .queryParam("size", 100)
                .get("/courses")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("page", equalTo(0))
                .body("size", equalTo(100));
    }

    @Test
    void a_course_reads_as_schema_org_json_ld() {
        String id = createCourse(TestTokens.university(KUSTLAND), uniqueCode());

        given().accept("application/ld+json")
                .get("/courses/{id}", id)
                .then()
                .statusCode(200)
                .contentType(containsString("application/ld+json"))
                .body("'@context'", equalTo("https://schema.org"))
                .body("'@type'", equalTo("Course"))
                .body("name", containsString("Industrial machine learning"))
                .body("description", not(equalTo(null)))
                .body("keywords", containsString("Computer science"))
                .body("numberOfCredits.value", equalTo(7.5f))
                .body("provider.name", equalTo("Kustlands högskola"));
    }

    @Test
    void an_employer_cannot_publish_a_course() {
        as(TestTokens.employer(VERKSTAD))
                .body(course(uniqueCode()))
                .post("/courses")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void without_a_token_writing_is_unauthorized() {
        given().contentType(ContentType.JSON)
                .body(course(uniqueCode()))
                .post("/courses")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void tokens_that_are_expired_or_foreign_are_refused() {
        for (String token : new String[] {
            TestTokens.expired("u", "university", KUSTLAND),
            TestTokens.wrongIssuer("u", "university", KUSTLAND),
            TestTokens.wrongAudience("u", "university", KUSTLAND),
            TestTokens.foreignSignature("u", "university", KUSTLAND)
        }) {
            as(token).body(course(uniqueCode())).post("/courses").then().statusCode(401);
        }
    }

    @Test
    void another_university_cannot_change_the_course_and_cannot_tell_it_exists() {
        String id = createCourse(TestTokens.university(KUSTLAND), uniqueCode());

        as(TestTokens.university(NORRDAL))
                .body(course(uniqueCode()))
                .put("/courses/{id}", id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        as(TestTokens.university(NORRDAL))
                .body(CatalogueTestSupport.occasion(10))
                .post("/courses/{id}/occasions", id)
                .then()
                .statusCode(404);
    }

    @Test
    void the_owner_changes_the_course() {
        String id = createCourse(TestTokens.university(KUSTLAND), uniqueCode());
        Map<String, Object> changed = new HashMap<>(course(uniqueCode()));
        changed.put("title", "Applied machine learning");

        as(TestTokens.university(KUSTLAND))
                .body(changed)
                .put("/courses/{id}", id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Applied machine learning"));
    }

    @Test
    void a_code_is_unique_within_a_university() {
        String code = uniqueCode();
        createCourse(TestTokens.university(KUSTLAND), code);

        as(TestTokens.university(KUSTLAND))
                .body(course(code))
                .post("/courses")
                .then()
                .statusCode(409);
        as(TestTokens.university(NORRDAL))
                .body(course(code))
                .post("/courses")
                .then()
                .statusCode(201);
    }

    static Stream<Arguments> invalidCourses() {
        return Stream.of(
                args("missing title", c -> c.remove("title"), "title"),
                args("blank title", c -> c.put("title", "  "), "title"),
                args("credits not a multiple of 0.5", c -> c.put("credits", 7.3), "credits"),
                args("zero credits", c -> c.put("credits", 0), "credits"),
                args("unknown cycle", c -> c.put("cycle", "FOURTH"), "cycle"),
                args("credits as text", c -> c.put("credits", "many"), "credits"),
                args("language not a code", c -> c.put("language", "Swedish"), "language"),
                args("unknown field", c -> c.put("titel", "typo"), "titel"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCourses")
    void invalid_courses_are_refused_and_nothing_is_written(
            String why, Consumer<Map<String, Object>> spoil, String field) {
        Map<String, Object> body = new HashMap<>(course(uniqueCode()));
        spoil.accept(body);
        long before = courseCount();

        as(TestTokens.university(KUSTLAND))
                .body(body)
                .post("/courses")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItems(field))
                .body(not(containsString("at se.uppdrag")));

        assertThat(courseCount()).isEqualTo(before);
    }

    @Test
    void malformed_json_is_a_clear_400() {
        as(TestTokens.university(KUSTLAND))
                .body("{ \"code\": \"X1\", ")
                .post("/courses")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"));
    }

    @Test
    void an_unknown_course_is_a_404_problem() {
        given().get("/courses/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("No course"));
        given().get("/courses/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    private long courseCount() {
        return database.count("select count(*) from course");
    }

    private static Arguments args(String why, Consumer<Map<String, Object>> spoil, String field) {
        return Arguments.of(why, spoil, field);
    }
}
