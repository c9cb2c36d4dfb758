package se.uppdrag.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static se.uppdrag.catalogue.CatalogueTestSupport.KUSTLAND;
import static se.uppdrag.catalogue.CatalogueTestSupport.NORRDAL;
import static se.uppdrag.catalogue.CatalogueTestSupport.createCourse;
import static se.uppdrag.catalogue.CatalogueTestSupport.createOccasion;
import static se.uppdrag.catalogue.CatalogueTestSupport.occasion;
import static se.uppdrag.catalogue.CatalogueTestSupport.uniqueCode;
import static se.uppdrag.testsupport.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppdrag.testsupport.EventAssertions;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.TestTokens;
import se.uppdrag.testsupport.Topics;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class OccasionApiIT {

    private static final String UNI = TestTokens.university(KUSTLAND);

    @Inject
    TestSql database;

    @Test
    void a_published_occasion_is_an_event_on_the_offerings_topic() {
        String courseId = createCourse(UNI, uniqueCode());
        String id = as(UNI).body(occasion(20))
                .post("/courses/{id}/occasions", courseId)
                .then()
                .statusCode(201)
                .body("status", equalTo("PUBLISHED"))
                .body("seatsAvailable", equalTo(20))
                .body("courseId", equalTo(courseId))
                .body("university", equalTo(KUSTLAND))
                .body("listPrice.amount", equalTo("18000.00"))
                .extract()
                .path("id");

        var records = Topics.await("catalogue.offerings", Topics.keyed(id), 1, Duration.ofSeconds(20));
        JsonNode event = EventAssertions.assertValidEvent(Topics.json(records.get(0)));
        assertThat(event.get("type").asText()).isEqualTo("OfferingPublished");
        assertThat(event.get("aggregateId").asText()).isEqualTo(id);
        assertThat(event.at("/payload/seats").asInt()).isEqualTo(20);
        assertThat(event.at("/payload/listPrice/amount").asText()).isEqualTo("18000.00");
        assertThat(Topics.header(records.get(0), "event-type")).isEqualTo("OfferingPublished");
    }

    @Test
    void change_and_withdrawal_follow_in_order_and_a_withdrawn_occasion_cannot_change() {
        String id = createOccasion(UNI, createCourse(UNI, uniqueCode()), occasion(20));

        as(UNI).body(Map.of("seats", 30, "location", "Kustby campus"))
                .patch("/occasions/{id}", id)
                .then()
                .statusCode(200)
                .body("seats", equalTo(30))
                .body("seatsAvailable", equalTo(30))
                .body("startDate", equalTo("2027-02-01"));
        as(UNI).body(Map.of("reason", "Too few participants"))
                .post("/occasions/{id}/withdraw", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("seatsAvailable", equalTo(0));

        as(UNI).body(Map.of("seats", 40))
                .patch("/occasions/{id}", id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("withdrawn"));
        as(UNI).body(Map.of()).post("/occasions/{id}/withdraw", id).then().statusCode(409);

        var records = Topics.await("catalogue.offerings", Topics.keyed(id), 3, Duration.ofSeconds(20));
        List<String> types =
                records.stream().map(r -> Topics.json(r).get("type").asText()).toList();
        assertThat(types).containsExactly("OfferingPublished", "OfferingChanged", "OfferingWithdrawn");
        records.forEach(r -> EventAssertions.assertValidEvent(Topics.json(r)));
        assertThat(Topics.json(records.get(2)).at("/payload/reason").asText()).isEqualTo("Too few participants");
    }

    @Test
    void changing_a_course_announces_it_and_its_occasions_again() {
        String courseId = createCourse(UNI, uniqueCode());
        String id = createOccasion(UNI, courseId, occasion(5));
        Map<String, Object> renamed = new HashMap<>(CatalogueTestSupport.course(uniqueCode()));
        renamed.put("title", "Renamed course");

        as(UNI).body(renamed).put("/courses/{id}", courseId).then().statusCode(200);

        var records = Topics.await("catalogue.offerings", Topics.keyed(id), 2, Duration.ofSeconds(20));
        assertThat(Topics.json(records.get(1)).at("/payload/title").asText()).isEqualTo("Renamed course");
        var courseEvents = Topics.await("catalogue.offerings", Topics.keyed(courseId), 2, Duration.ofSeconds(20));
        assertThat(courseEvents)
                .extracting(r -> Topics.json(r).get("type").asText())
                .containsExactly("CoursePublished", "CourseChanged");
    }

    @Test
    void bad_occasions_are_refused_and_nothing_is_written() {
        String courseId = createCourse(UNI, uniqueCode());
        Map<String, Map<String, Object>> cases = Map.of(
                "seats", with("seats", 0),
                "endDate", with("endDate", "2027-01-01"),
                "orderDeadline", with("orderDeadline", "2027-03-01"),
                "startDate", with("startDate", "first of February"),
                "listPrice.amount", with("listPrice", Map.of("amount", "-1.00", "currency", "SEK")),
                "deliveryMode", with("deliveryMode", "TELEPATHY"),
                "pace", with("pace", 150));
        long before = database.count("select count(*) from occasion");
        long outboxBefore = database.count("select count(*) from outbox");

        cases.forEach((field, body) -> as(UNI).body(body)
                .post("/courses/{id}/occasions", courseId)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field)));
        as(UNI).body(occasion(10))
                .post("/courses/{id}/occasions", UUID.randomUUID())
                .then()
                .statusCode(404);

        assertThat(database.count("select count(*) from occasion")).isEqualTo(before);
        assertThat(database.count("select count(*) from outbox")).isLessThanOrEqualTo(outboxBefore);
    }

    @Test
    void search_finds_by_text_subject_university_language_mode_and_dates() {
        String code = uniqueCode();
        Map<String, Object> course = new HashMap<>(CatalogueTestSupport.course(code));
        course.put("title", "Hydraulic systems " + code);
        course.put("subject", "Fluid power " + code);
        course.put("language", "en");
        String courseId = as(TestTokens.university(NORRDAL))
                .body(course)
                .post("/courses")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> campus = new HashMap<>(occasion(12));
        campus.put("deliveryMode", "CAMPUS");
        campus.put("startDate", "2027-09-01");
        campus.put("endDate", "2027-10-31");
        campus.put("orderDeadline", "2027-08-15");
        String autumn = createOccasion(TestTokens.university(NORRDAL), courseId, campus);
        String spring = createOccasion(TestTokens.university(NORRDAL), courseId, occasion(8));

        given().queryParam("q", "hydraul " + code.toLowerCase())
                .get("/occasions")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", hasItems(spring, autumn))
                .body("items[0].id", equalTo(spring))
                .body("items[0].course.title", equalTo("Hydraulic systems " + code));
        given().queryParam("subject", "fluid power " + code)
                .queryParam("mode", "campus")
                .get("/occasions")
                .then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(autumn))
                .body("items[0].seatsAvailable", equalTo(12));
        given().queryParam("q", code)
                .queryParam("university", NORRDAL)
                .queryParam("language", "en")
                .queryParam("from", "2027-06-01")
                .get("/occasions")
                .then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(autumn));
        given().queryParam("q", code)
                .queryParam("to", "2027-06-01")
                .get("/occasions")
                .then()
                .body("items.id", equalTo(List.of(spring)));
        given().queryParam("q", code)
                .queryParam("university", KUSTLAND)
                .get("/occasions")
                .then()
                .body("total", equalTo(0));
        given().queryParam("q", code)
                .queryParam("size", 1)
                .queryParam("page", 1)
                .get("/occasions")
                .then()
                .body("total", equalTo(2))
                .body("items.id", equalTo(List.of(autumn)))
                .body("page", equalTo(1));

        as(TestTokens.university(NORRDAL))
                .body(Map.of())
                .post("/occasions/{id}/withdraw", spring)
                .then()
                .statusCode(200);
        given().queryParam("q", code).get("/occasions").then().body("items.id", equalTo(List.of(autumn)));
    }

    @Test
    void a_course_edited_is_found_by_its_new_subject_language_and_title_only() {
        String code = uniqueCode();
        String token = TestTokens.university(KUSTLAND);
        String courseId = createCourse(token, code);
        String occasionId = createOccasion(token, courseId, occasion(10));
        Map<String, Object> edited = new HashMap<>(CatalogueTestSupport.course(code));
        edited.put("title", "Welding metallurgy " + code);
        edited.put("subject", "Materials " + code);
        edited.put("language", "en");
        as(token).body(edited).put("/courses/{id}", courseId).then().statusCode(200);

        given().queryParam("subject", "materials " + code)
                .queryParam("language", "en")
                .get("/occasions")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(occasionId)))
                .body("items[0].course.title", equalTo("Welding metallurgy " + code));
        given().queryParam("subject", "Computer science")
                .queryParam("q", code)
                .get("/occasions")
                .then()
                .body("total", equalTo(0));
        given().queryParam("q", "welding " + code)
                .get("/occasions")
                .then()
                .body("items.id", equalTo(List.of(occasionId)));
        // What the search sorts and filters on is the course's, copied: never out of step with it.
        assertThat(
                        database.count(
                                "select count(*) from occasion o join course c on c.id = o.course_id where "
                                        + "o.course_title <> c.title or o.course_subject <> lower(c.subject) or o.course_language <> c.language"))
                .isZero();
    }

    @Test
    void a_search_counts_to_its_limit_and_then_says_at_least() {
        // The tests count to 5 (uppdrag.catalogue.search.count-limit); 7 occasions of one course match.
        String code = uniqueCode();
        String courseId = createCourse(TestTokens.university(KUSTLAND), code);
        for (int month = 1; month <= 7; month++) {
            Map<String, Object> occasion = new HashMap<>(occasion(10));
            occasion.put("startDate", "2028-%02d-10".formatted(month));
            occasion.put("endDate", "2028-%02d-20".formatted(month));
            occasion.put("orderDeadline", "2028-%02d-01".formatted(month));
            createOccasion(TestTokens.university(KUSTLAND), courseId, occasion);
        }
        given().queryParam("q", code)
                .get("/occasions")
                .then()
                .statusCode(200)
                .body("total", equalTo(5))
                .body("totalExact", equalTo(false))
                .body("items", hasSize(7))
                .body("items[0].startDate", equalTo("2028-01-10"))
                .body("items[6].startDate", equalTo("2028-07-10"));
        given().queryParam("q", code)
                .queryParam("size", 5)
                .queryParam("page", 1)
                .get("/occasions")
                .then()
                .body("items.startDate", equalTo(List.of("2028-06-10", "2028-07-10")));
        given().queryParam("q", code)
                .queryParam("from", "2028-05-01")
                .get("/occasions")
                .then()
                .body("total", equalTo(3))
                .body("totalExact", equalTo(true))
                .body("items.startDate", equalTo(List.of("2028-05-10", "2028-06-10", "2028-07-10")));
    }

    @Test
    void search_parameters_are_checked() {
        given().queryParam("from", "tomorrow")
                .get("/occasions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("from"));
        given().queryParam("mode", "TELEPATHY").get("/occasions").then().statusCode(400);
        given().queryParam("size", 1000).get("/occasions").then().statusCode(400);
        given().queryParam("q", "'); drop table occasion; --")
                .get("/occasions")
                .then()
                .statusCode(200);
    }

    @Test
    void an_occasion_reads_as_a_schema_org_course_instance() {
        String id = createOccasion(UNI, createCourse(UNI, uniqueCode()), occasion(20));

        given().accept("application/ld+json")
                .get("/occasions/{id}", id)
                .then()
                .statusCode(200)
                .contentType(containsString("application/ld+json"))
                .body("'@type'", equalTo("CourseInstance"))
                .body("courseMode", hasItem("online"))
                .body("location.name", equalTo("Kustby"))
                .body("startDate", equalTo("2027-02-01"))
                .body("maximumAttendeeCapacity", equalTo(20))
                .body("offers.price", equalTo("18000.00"))
                .body("offers.priceCurrency", equalTo("SEK"))
                .body("isPartOf.'@type'", equalTo("Course"));
        given().get("/occasions/{id}", id)
                .then()
                .contentType(containsString("application/json"))
                .body("seatsAvailable", equalTo(20));
    }

    @Test
    void a_course_lists_its_occasions_and_only_its_own_university_sees_the_withdrawn_ones() {
        String course = createCourse(UNI, uniqueCode());
        String later = createOccasion(UNI, course, startingOn("2027-04-01"));
        String sooner = createOccasion(UNI, course, occasion(20));
        as(UNI).body(Map.of("reason", "Too few participants"))
                .post("/occasions/{id}/withdraw", later)
                .then()
                .statusCode(200);
        String third = createOccasion(UNI, course, startingOn("2027-09-01"));

        given().get("/courses/{id}/occasions", course)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(sooner, third)))
                .body("total", equalTo(2))
                .body("items[0].universityName", equalTo("Kustlands högskola"));
        as(UNI).get("/courses/{id}/occasions", course)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(sooner, later, third)))
                .body("items[1].status", equalTo("WITHDRAWN"))
                .body("items[1].withdrawReason", equalTo("Too few participants"));
        as(TestTokens.university(NORRDAL))
                .get("/courses/{id}/occasions", course)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(sooner, third)));
        as(UNI).queryParam("size", 1)
                .queryParam("page", 1)
                .get("/courses/{id}/occasions", course)
                .then()
                .body("items.id", equalTo(List.of(later)))
                .body("total", equalTo(3));
        given().get("/courses/{id}/occasions", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void the_universities_with_courses_are_listed_by_name() {
        createCourse(UNI, uniqueCode());
        createCourse(TestTokens.university(NORRDAL), uniqueCode());

        given().get("/universities")
                .then()
                .statusCode(200)
                .body("items.orgNumber", hasItems(KUSTLAND, NORRDAL))
                .body("items.find { it.orgNumber == '2021004565' }.name", equalTo("Norrdals universitet"))
                .body(
                        "items.name",
                        equalTo(given().get("/universities").then().extract().<List<String>>path("items.name").stream()
                                .sorted()
                                .toList()));
    }

    @Test
    void another_university_cannot_touch_the_occasion() {
        String id = createOccasion(UNI, createCourse(UNI, uniqueCode()), occasion(20));

        as(TestTokens.university(NORRDAL))
                .body(Map.of("seats", 1))
                .patch("/occasions/{id}", id)
                .then()
                .statusCode(404);
        as(TestTokens.university(NORRDAL))
                .body(Map.of())
                .post("/occasions/{id}/withdraw", id)
                .then()
                .statusCode(404);
        given().get("/occasions/{id}", id).then().body("seats", equalTo(20)).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void learning_paths_span_universities_and_are_announced() {
        String first = createCourse(UNI, uniqueCode());
        String second = createCourse(TestTokens.university(NORRDAL), uniqueCode());

        String id = as(UNI).body(Map.of(
                        "title",
                        "Industrial digitalisation",
                        "description",
                        "Two steps",
                        "courseIds",
                        List.of(first, second)))
                .post("/learning-paths")
                .then()
                .statusCode(201)
                .body("courses.courseId", equalTo(List.of(first, second)))
                .body("courses.university", equalTo(List.of(KUSTLAND, NORRDAL)))
                .body("totalCredits", equalTo(15.0f))
                .extract()
                .path("id");

        given().get("/learning-paths/{id}", id).then().statusCode(200).body("courses[1].position", equalTo(2));
        given().accept("application/ld+json")
                .get("/learning-paths/{id}", id)
                .then()
                .body("'@type'", equalTo("EducationalOccupationalProgram"))
                .body("hasCourse.size()", equalTo(2));
        JsonNode event = EventAssertions.assertValidEvent(
                Topics.json(Topics.await("catalogue.offerings", Topics.keyed(id), 1, Duration.ofSeconds(20))
                        .get(0)));
        assertThat(event.get("type").asText()).isEqualTo("LearningPathPublished");

        String third = createCourse(UNI, uniqueCode());
        as(UNI).body(Map.of(
                        "title",
                        "Industrial digitalisation, revised",
                        "description",
                        "Three steps",
                        "courseIds",
                        List.of(second, first, third)))
                .put("/learning-paths/{id}", id)
                .then()
                .statusCode(200)
                .body("courses.courseId", equalTo(List.of(second, first, third)))
                .body("courses[0].universityName", equalTo("Norrdals universitet"))
                .body("totalCredits", equalTo(22.5f));
        as(TestTokens.university(NORRDAL))
                .body(Map.of("title", "Taken over", "description", "x", "courseIds", List.of(first)))
                .put("/learning-paths/{id}", id)
                .then()
                .statusCode(404);
        as(UNI).body(Map.of("title", "Twice", "description", "x", "courseIds", List.of(first, first)))
                .put("/learning-paths/{id}", id)
                .then()
                .statusCode(400);
        given().get("/learning-paths/{id}", id).then().body("title", equalTo("Industrial digitalisation, revised"));
        given().queryParam("university", KUSTLAND)
                .queryParam("size", 100)
                .get("/learning-paths")
                .then()
                .body("items.id", hasItem(id));
        given().queryParam("university", NORRDAL)
                .queryParam("size", 100)
                .get("/learning-paths")
                .then()
                .body("items.id", not(hasItem(id)));
        var changes = Topics.await("catalogue.offerings", Topics.keyed(id), 2, Duration.ofSeconds(20));
        JsonNode changed = EventAssertions.assertValidEvent(Topics.json(changes.get(1)));
        assertThat(changed.get("type").asText()).isEqualTo("LearningPathChanged");
        assertThat(changed.at("/payload/courses/0/courseId").asText()).isEqualTo(second);

        as(UNI).body(Map.of("title", "Broken", "description", "x", "courseIds", List.of(first, UUID.randomUUID())))
                .post("/learning-paths")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("courseIds[1]"));
        as(UNI).body(Map.of("title", "Empty", "description", "x", "courseIds", List.of()))
                .post("/learning-paths")
                .then()
                .statusCode(400);
    }

    @Test
    void the_sitemap_lists_courses_for_harvesting() {
        String id = createCourse(UNI, uniqueCode());

        given().get("/sitemap.xml")
                .then()
                .statusCode(200)
                .contentType(containsString("xml"))
                .body(containsString("<loc>http://localhost:8081/courses/" + id + "</loc>"))
                .body(not(containsString("&lt;")));
    }

    @Test
    void health_metrics_and_openapi_are_served() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(
                        "paths.keySet()",
                        hasItems(
                                "/courses",
                                "/courses/{id}",
                                "/courses/{id}/occasions",
                                "/occasions",
                                "/occasions/{id}",
                                "/occasions/{id}/withdraw",
                                "/learning-paths",
                                "/learning-paths/{id}",
                                "/sitemap.xml",
                                "/universities"))
                .body(
                        "paths.'/courses'.post.requestBody.content.'application/json'.examples.keySet()",
                        everyItem(not(equalTo(null))));
    }

    private static Map<String, Object> startingOn(String start) {
        Map<String, Object> body = new HashMap<>(occasion(10));
        body.put("startDate", start);
        body.put("endDate", LocalDate.parse(start).plusDays(30).toString());
        return body;
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = new HashMap<>(occasion(10));
        body.put(field, value);
        return body;
    }
}
