package se.uppdrag.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static se.uppdrag.agreement.AgreementTestSupport.KUSTLAND;
import static se.uppdrag.agreement.AgreementTestSupport.NORRDAL;
import static se.uppdrag.agreement.AgreementTestSupport.REGION;
import static se.uppdrag.agreement.AgreementTestSupport.VERKSTAD;
import static se.uppdrag.agreement.AgreementTestSupport.announceCourse;
import static se.uppdrag.agreement.InquiryTestSupport.need;
import static se.uppdrag.agreement.InquiryTestSupport.offerOfCourse;
import static se.uppdrag.agreement.InquiryTestSupport.offerOfNewCourse;
import static se.uppdrag.agreement.InquiryTestSupport.passDeadline;
import static se.uppdrag.testsupport.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.uppdrag.testsupport.EventAssertions;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.TestTokens;
import se.uppdrag.testsupport.Topics;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class InquiryLifecycleIT {

    private static final String HR = TestTokens.employer(VERKSTAD);
    private static final String OTHER_HR = TestTokens.employer(REGION);
    private static final String KUST = TestTokens.university(KUSTLAND);
    private static final String NORR = TestTokens.university(NORRDAL);

    @Inject
    TestSql sql;

    private UUID kustCourse;

    @BeforeEach
    void organisationsAndACourse() {
        AgreementTestSupport.registerDemoOrganisations();
        kustCourse = announceCourse(sql, KUSTLAND);
    }

    @Test
    void an_inquiry_gets_sealed_offers_a_question_answered_for_all_and_an_award_that_becomes_a_proposed_agreement() {
        String id = published(need(KUSTLAND, NORRDAL));

        String question = as(KUST).body(Map.of("text", "May it be given in two groups?"))
                .post("/inquiries/{id}/questions", id)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(HR).body(Map.of("text", "Yes, two groups of ten suit us."))
                .post("/inquiries/{id}/questions/{q}/answer", id, question)
                .then()
                .statusCode(200);
        as(HR).body(Map.of("text", "Changed my mind"))
                .post("/inquiries/{id}/questions/{q}/answer", id, question)
                .then()
                .statusCode(409);
        // The other recipient reads the same answer, but not who asked.
        as(NORR).get("/inquiries/{id}", id)
                .then()
                .statusCode(200)
                .body("questions[0].answer", equalTo("Yes, two groups of ten suit us."))
                .body("questions[0].askedBy", nullValue())
                .body("recipients", empty());

        as(KUST).body(offerOfCourse(kustCourse, "17000.00"))
                .put("/inquiries/{id}/offer", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("total.amount", equalTo("340000.00"));
        as(NORR).body(offerOfNewCourse("380000.00"))
                .put("/inquiries/{id}/offer", id)
                .then()
                .statusCode(200);
        String norrOffer = as(NORR).body(offerOfNewCourse("330000.00"))
                .put("/inquiries/{id}/offer", id)
                .then()
                .statusCode(200)
                .body("revision", equalTo(2))
                .body("pricePerParticipant.amount", equalTo("16500.00"))
                .extract()
                .path("id");

        // Sealed: the employer sees no offer, cannot compare or award, and a university sees only its own.
        as(HR).get("/inquiries/{id}", id)
                .then()
                .statusCode(200)
                .body("phase", equalTo("OPEN"))
                .body("offersSealed", equalTo(true))
                .body("offers", empty());
        as(HR).get("/inquiries/{id}/offers", id).then().statusCode(409).body("detail", containsString("sealed"));
        as(HR).body(Map.of("offerId", norrOffer))
                .post("/inquiries/{id}/award", id)
                .then()
                .statusCode(409);
        as(KUST).get("/inquiries/{id}", id)
                .then()
                .body("offers", hasSize(1))
                .body("offers[0].university", equalTo(KUSTLAND));

        passDeadline(sql, id);
        as(KUST).body(offerOfCourse(kustCourse, "15000.00"))
                .put("/inquiries/{id}/offer", id)
                .then()
                .statusCode(409)
                .body("detail", containsString("closed for offers"));
        as(HR).get("/inquiries/{id}/offers", id)
                .then()
                .statusCode(200)
                .body("", hasSize(2))
                .body("find { it.university == '" + NORRDAL + "' }.total.amount", equalTo("330000.00"))
                .body("find { it.university == '" + KUSTLAND + "' }.total.amount", equalTo("340000.00"));

        String agreementId = as(HR).body(Map.of("offerId", norrOffer))
                .post("/inquiries/{id}/award", id)
                .then()
                .statusCode(200)
                .body("phase", equalTo("AWARDED"))
                .body("awardedOfferId", equalTo(norrOffer))
                .extract()
                .path("agreementId");
        as(HR).body(Map.of("offerId", norrOffer))
                .post("/inquiries/{id}/award", id)
                .then()
                .statusCode(409);
        as(KUST).get("/inquiries/{id}", id).then().body("offers[0].status", equalTo("NOT_CHOSEN"));
        // The catalogue hears of the award: the new course and its occasion, closed to the employer.
        JsonNode awarded = Topics.json(Topics.await("partner.agreements", Topics.keyed(id), 1, Duration.ofSeconds(20))
                .get(0));
        EventAssertions.assertValidEvent(awarded);
        assertThat(awarded.get("type").asText()).isEqualTo("OfferAwarded");
        assertThat(awarded.at("/payload/agreementId").asText()).isEqualTo(agreementId);
        assertThat(awarded.at("/payload/employer").asText()).isEqualTo(VERKSTAD);
        assertThat(awarded.at("/payload/course/existing").asBoolean()).isFalse();
        assertThat(awarded.at("/payload/pricePerParticipant/amount").asText()).isEqualTo("16500.00");
        assertThat(awarded.at("/payload/occasions/0/seats").asInt()).isEqualTo(20);
        as(HR).get("/agreements/{id}", agreementId)
                .then()
                .body(
                        "coverage.courseIds[0]",
                        equalTo(awarded.at("/payload/course/courseId").asText()));
        as(HR).get("/agreements/{id}", agreementId)
                .then()
                .statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("university", equalTo(NORRDAL))
                .body("seatQuota", equalTo(20))
                .body("pricing.prices[0].price.amount", equalTo("16500.00"));
        as(HR).post("/agreements/{id}/accept", agreementId)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));

        String csv = as(HR).accept("text/csv")
                .get("/inquiries/{id}/record", id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("inquiry_id,inquiry_title,university");
        assertThat(lines)
                .anySatisfy(
                        l -> assertThat(l).contains(NORRDAL, "Norrdals universitet", "AWARDED", "330000.00", "true"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(KUSTLAND, "NOT_CHOSEN", "340000.00", "false"));
        as(HR).get("/inquiries/{id}/record", id)
                .then()
                .statusCode(200)
                .body("offers", hasSize(2))
                .body("questions[0].question", equalTo("May it be given in two groups?"));

        as(OTHER_HR).get("/inquiries/{id}", id).then().statusCode(404);
        as(OTHER_HR).get("/inquiries/{id}/record", id).then().statusCode(404);
        as(OTHER_HR).get("/inquiries").then().body("items.id", not(hasItem(id)));
    }

    @Test
    void a_university_not_sent_the_inquiry_and_anyone_before_publication_see_nothing() {
        String id = as(HR).body(need(KUSTLAND))
                .post("/inquiries")
                .then()
                .statusCode(201)
                .body("phase", equalTo("DRAFT"))
                .extract()
                .path("id");
        as(KUST).get("/inquiries/{id}", id).then().statusCode(404);
        as(KUST).body(offerOfCourse(kustCourse, "17000.00"))
                .put("/inquiries/{id}/offer", id)
                .then()
                .statusCode(404);
        as(HR).post("/inquiries/{id}/publish", id)
                .then()
                .statusCode(200)
                .body("recipients", equalTo(List.of(KUSTLAND)));
        as(KUST).get("/inquiries/{id}", id).then().statusCode(200);
        as(KUST).get("/inquiries").then().body("items.id", hasItem(id));

        as(NORR).get("/inquiries/{id}", id).then().statusCode(404);
        as(NORR).get("/inquiries").then().body("items.id", not(hasItem(id)));
        as(NORR).body(offerOfNewCourse("300000.00"))
                .put("/inquiries/{id}/offer", id)
                .then()
                .statusCode(404);
        as(NORR).body(Map.of("text", "?"))
                .post("/inquiries/{id}/questions", id)
                .then()
                .statusCode(404);
        assertThat(sql.count("select count(*) from offer where inquiry_id = ?", UUID.fromString(id)))
                .isZero();
    }

    @Test
    void sent_to_all_reaches_every_registered_university_and_a_decline_may_refer_to_another() {
        String id = published(need());
        as(HR).get("/inquiries/{id}", id)
                .then()
                .body("recipients", hasItem(KUSTLAND))
                .body("recipients", hasItem(NORRDAL));
        as(KUST).body(Map.of("reason", "Not our subject", "referTo", KUSTLAND))
                .post("/inquiries/{id}/decline", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("referTo"));
        as(KUST).body(Map.of("reason", "Not our subject", "referTo", NORRDAL))
                .post("/inquiries/{id}/decline", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("referTo", equalTo(NORRDAL));
        as(KUST).post("/inquiries/{id}/offer/withdraw", id).then().statusCode(409);
        // Changing its mind before the deadline, it may still offer.
        as(KUST).body(offerOfCourse(kustCourse, "17000.00"))
                .put("/inquiries/{id}/offer", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("referTo", nullValue());
        as(KUST).post("/inquiries/{id}/offer/withdraw", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        passDeadline(sql, id);
        String withdrawn =
                as(HR).get("/inquiries/{id}/offers", id).then().extract().path("[0].id");
        as(HR).body(Map.of("offerId", withdrawn))
                .post("/inquiries/{id}/award", id)
                .then()
                .statusCode(409)
                .body("detail", containsString("WITHDRAWN"));
        as(HR).body(Map.of("text", "No offer suited us"))
                .post("/inquiries/{id}/cancel", id)
                .then()
                .statusCode(200)
                .body("phase", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("No offer suited us"));
    }

    @Test
    void bad_needs_and_offers_are_refused_with_what_is_wrong_and_nothing_written() {
        long before = sql.count("select count(*) from inquiry where employer = ?", VERKSTAD);
        Map<String, Object> past = need(KUSTLAND);
        past.put("offerDeadline", Instant.now().minusSeconds(60).toString());
        as(HR).body(past).post("/inquiries").then().statusCode(400).body("errors.field", hasItem("offerDeadline"));
        Map<String, Object> negative = need(KUSTLAND);
        negative.put("budgetCeiling", Map.of("amount", "-1.00", "currency", "SEK"));
        as(HR).body(negative).post("/inquiries").then().statusCode(400).body("errors.field", hasItem("budgetCeiling"));
        Map<String, Object> unknown = need("5566778808");
        as(HR).body(unknown)
                .post("/inquiries")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("recipients.universities"));
        Map<String, Object> afterStart = need(KUSTLAND);
        afterStart.put("offerDeadline", InquiryTestSupport.PERIOD_FROM.plusDays(1) + "T12:00:00Z");
        as(HR).body(afterStart)
                .post("/inquiries")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("offerDeadline"));
        as(KUST).body(need(KUSTLAND)).post("/inquiries").then().statusCode(403);
        assertThat(sql.count("select count(*) from inquiry where employer = ?", VERKSTAD))
                .isEqualTo(before);

        String id = published(need(KUSTLAND, NORRDAL));
        as(NORR).body(offerOfCourse(kustCourse, "17000.00"))
                .put("/inquiries/{id}/offer", id)
                .then()
                .statusCode(400)
                .body("detail", containsString("belongs to another university"));
        as(KUST).body(offerOfCourse(kustCourse, "0.00"))
                .put("/inquiries/{id}/offer", id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("price.amount"));
        Map<String, Object> both = offerOfCourse(kustCourse, "100.00");
        both.put("course", Map.of("existingCourseId", kustCourse.toString(), "newCourse", Map.of("title", "x")));
        as(KUST).body(both).put("/inquiries/{id}/offer", id).then().statusCode(400);
        assertThat(sql.count("select count(*) from offer where inquiry_id = ?", UUID.fromString(id)))
                .isZero();
        as(HR).post("/inquiries/{id}/publish", id).then().statusCode(409);
    }

    private static String published(Map<String, Object> need) {
        String id = as(HR).body(need)
                .post("/inquiries")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(HR).post("/inquiries/{id}/publish", id).then().statusCode(200).body("phase", equalTo("OPEN"));
        return id;
    }
}
