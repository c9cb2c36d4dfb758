package se.uppdrag.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.uppdrag.catalogue.CatalogueTestSupport.KUSTLAND;
import static se.uppdrag.catalogue.CatalogueTestSupport.NORRDAL;
import static se.uppdrag.catalogue.CatalogueTestSupport.VERKSTAD;
import static se.uppdrag.catalogue.CatalogueTestSupport.createCourse;
import static se.uppdrag.catalogue.CatalogueTestSupport.uniqueCode;
import static se.uppdrag.testsupport.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.EventSchemas;
import se.uppdrag.testsupport.EventAssertions;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.TestTokens;
import se.uppdrag.testsupport.Topics;

/**
 * An awarded offer, arriving through the real partner.agreements topic, becomes closed occasions (and a new course a
 * closed course) that the employer and the university see and nobody else: not anonymous readers, not another
 * employer, not the public search or the sitemap. The events say whom they are closed to.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class ClosedOccasionsIT {

    private static final String HR = TestTokens.employer(VERKSTAD);
    private static final String OTHER_HR = TestTokens.employer("2321000016");
    private static final String UNI = TestTokens.university(NORRDAL);
    private static final String OTHER_UNI = TestTokens.university(KUSTLAND);

    @Inject
    TestSql database;

    @Test
    void a_new_course_and_its_occasions_are_seen_by_the_employer_and_the_university_only_and_made_once() {
        UUID course = UUID.randomUUID();
        UUID occasion = UUID.randomUUID();
        UUID agreement = UUID.randomUUID();
        String title = "Tailored " + uniqueCode();
        ObjectNode award = award(course, false, title, occasion, agreement);
        Topics.send("partner.agreements", award.get("aggregateId").asText(), award.toString());
        Topics.send("partner.agreements", award.get("aggregateId").asText(), award.toString());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> database.count("select count(*) from occasion where id = ?", occasion) == 1);

        given().get("/occasions/{id}", occasion).then().statusCode(404);
        as(OTHER_HR).get("/occasions/{id}", occasion).then().statusCode(404);
        as(OTHER_UNI).get("/occasions/{id}", occasion).then().statusCode(404);
        as(HR).get("/occasions/{id}", occasion)
                .then()
                .statusCode(200)
                .body("course.title", equalTo(title))
                .body("listPrice.amount", equalTo("16500.00"))
                .body("seatsAvailable", equalTo(12));
        as(UNI).get("/occasions/{id}", occasion).then().statusCode(200);
        given().accept("application/ld+json")
                .get("/occasions/{id}", occasion)
                .then()
                .statusCode(404);

        given().get("/courses/{id}", course).then().statusCode(404);
        as(HR).get("/courses/{id}", course).then().statusCode(200).body("title", equalTo(title));
        as(HR).get("/courses/{id}/occasions", course).then().body("items.id", hasItem(occasion.toString()));
        given().queryParam("university", NORRDAL)
                .queryParam("size", 100)
                .get("/courses")
                .then()
                .body("items.id", not(hasItem(course.toString())));
        as(UNI).queryParam("university", NORRDAL)
                .queryParam("size", 100)
                .get("/courses")
                .then()
                .body("items.id", hasItem(course.toString()));
        given().queryParam("q", title).get("/occasions").then().body("items.id", not(hasItem(occasion.toString())));
        as(HR).queryParam("q", title).get("/occasions").then().body("items.id", not(hasItem(occasion.toString())));
        assertThat(given().get("/sitemap.xml").then().extract().asString()).doesNotContain(course.toString());
        // Nor can its university put it in a public learning path.
        as(UNI).body(Map.of("title", "Path " + title, "description", "Public", "courseIds", List.of(course.toString())))
                .post("/learning-paths")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("made for one employer"));

        JsonNode published = Topics.json(
                Topics.await("catalogue.offerings", Topics.keyed(occasion.toString()), 1, Duration.ofSeconds(20))
                        .get(0));
        EventAssertions.assertValidEvent(published);
        assertThat(published.at("/payload/closedTo/employer").asText()).isEqualTo(VERKSTAD);
        assertThat(published.at("/payload/closedTo/agreementId").asText()).isEqualTo(agreement.toString());
        assertThat(database.count("select count(*) from course where id = ?", course))
                .isEqualTo(1);
    }

    @Test
    void an_existing_course_stays_public_while_its_occasion_made_for_the_employer_is_closed() {
        String course = createCourse(UNI, uniqueCode());
        UUID occasion = UUID.randomUUID();
        ObjectNode award = award(UUID.fromString(course), true, null, occasion, UUID.randomUUID());
        Topics.send("partner.agreements", award.get("aggregateId").asText(), award.toString());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> database.count("select count(*) from occasion where id = ?", occasion) == 1);

        given().get("/courses/{id}", course).then().statusCode(200);
        given().get("/courses/{id}/occasions", course).then().body("items.id", not(hasItem(occasion.toString())));
        as(HR).get("/courses/{id}/occasions", course).then().body("items.id", hasItem(occasion.toString()));
        String jsonLd = given().accept("application/ld+json")
                .get("/courses/{id}", course)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(jsonLd).doesNotContain(occasion.toString());
    }

    @Test
    void an_award_naming_another_universitys_course_is_a_dead_letter_and_makes_nothing() {
        String course = createCourse(OTHER_UNI, uniqueCode());
        UUID occasion = UUID.randomUUID();
        ObjectNode award = award(UUID.fromString(course), true, null, occasion, UUID.randomUUID());
        Topics.send("partner.agreements", award.get("aggregateId").asText(), award.toString());
        Topics.await(
                "partner.agreements.dlq",
                r -> r.value().contains(award.get("eventId").asText()),
                1,
                Duration.ofSeconds(20));
        assertThat(database.count("select count(*) from occasion where id = ?", occasion))
                .isZero();
    }

    /** The contract's example award, re-keyed: Norrdal's offer to Verkstadsbolaget, one occasion of 12 seats. */
    private static ObjectNode award(UUID course, boolean existing, String title, UUID occasion, UUID agreement) {
        ObjectNode event = (ObjectNode) EventSchemas.readResource(EventCatalog.OFFER_AWARDED.exampleResource())
                .deepCopy();
        String inquiry = UUID.randomUUID().toString();
        event.put("eventId", UUID.randomUUID().toString()).put("aggregateId", inquiry);
        ObjectNode payload = (ObjectNode) event.get("payload");
        payload.put("inquiryId", inquiry)
                .put("agreementId", agreement.toString())
                .put("university", NORRDAL)
                .put("employer", VERKSTAD);
        ObjectNode offered = (ObjectNode) payload.get("course");
        offered.put("courseId", course.toString()).put("existing", existing);
        if (title != null) {
            offered.put("title", title);
        }
        ArrayNode occasions = (ArrayNode) payload.get("occasions");
        ((ObjectNode) occasions.get(0))
                .put("occasionId", occasion.toString())
                .put("startDate", LocalDate.now().plusDays(60).toString())
                .put("endDate", LocalDate.now().plusDays(90).toString())
                .put("seats", 12);
        return event;
    }
}
