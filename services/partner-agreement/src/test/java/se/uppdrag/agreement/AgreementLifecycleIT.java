package se.uppdrag.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.uppdrag.agreement.AgreementTestSupport.AGENCY;
import static se.uppdrag.agreement.AgreementTestSupport.FUND;
import static se.uppdrag.agreement.AgreementTestSupport.KUSTLAND;
import static se.uppdrag.agreement.AgreementTestSupport.NORRDAL;
import static se.uppdrag.agreement.AgreementTestSupport.REGION;
import static se.uppdrag.agreement.AgreementTestSupport.VERKSTAD;
import static se.uppdrag.agreement.AgreementTestSupport.announceCourse;
import static se.uppdrag.agreement.AgreementTestSupport.terms;
import static se.uppdrag.testsupport.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.uppdrag.agreement.service.AgreementExpiry;
import se.uppdrag.platform.service.ClusterJobs;
import se.uppdrag.testsupport.EventAssertions;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.TestTokens;
import se.uppdrag.testsupport.Topics;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class AgreementLifecycleIT {

    private static final String UNI = TestTokens.university(KUSTLAND);
    private static final String HR = TestTokens.employer(VERKSTAD);

    @Inject
    TestSql sql;

    @Inject
    AgreementExpiry expiry;

    @Inject
    AgroalDataSource dataSource;

    private UUID course;

    @BeforeEach
    void organisationsAndACourse() {
        AgreementTestSupport.registerDemoOrganisations();
        course = announceCourse(sql, KUSTLAND);
    }

    @Test
    void drafted_proposed_accepted_amended_and_terminated_with_an_event_for_each_change_in_force() {
        String id = as(UNI).body(terms(VERKSTAD, course))
                .post("/agreements")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("version", equalTo(1))
                .body("university", equalTo(KUSTLAND))
                .body("employer", equalTo(VERKSTAD))
                .body("pricing.prices[0].price.amount", equalTo("15000.00"))
                .extract()
                .path("id");
        Map<String, Object> redrafted = terms(VERKSTAD, course);
        redrafted.put("seatQuota", 40);
        as(UNI).body(redrafted)
                .put("/agreements/{id}", id)
                .then()
                .statusCode(200)
                .body("seatQuota", equalTo(40));

        as(UNI).post("/agreements/{id}/propose", id).then().statusCode(200).body("status", equalTo("PROPOSED"));
        as(UNI).body(redrafted)
                .put("/agreements/{id}", id)
                .then()
                .statusCode(409)
                .body("detail", containsString("is PROPOSED"));
        as(HR).post("/agreements/{id}/accept", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("versions[0].effectiveFrom", equalTo("2027-01-01"));

        Map<String, Object> amended = terms(VERKSTAD, course);
        amended.put("seatQuota", 80);
        String amendmentId = as(UNI).body(amended)
                .queryParam("effectiveFrom", "2027-06-01")
                .post("/agreements/{id}/amendments", id)
                .then()
                .statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .extract()
                .path("id");
        as(UNI).body(amended).post("/agreements/{id}/amendments", id).then().statusCode(409);
        as(HR).post("/agreements/{id}/amendments/{a}/accept", id, amendmentId)
                .then()
                .statusCode(200)
                .body("version", equalTo(2))
                .body("seatQuota", equalTo(80));

        as(HR).queryParam("on", "2027-03-01")
                .get("/agreements/{id}/terms", id)
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("terms.seatQuota", equalTo(40));
        as(HR).queryParam("on", "2027-06-01")
                .get("/agreements/{id}/terms", id)
                .then()
                .body("version", equalTo(2))
                .body("terms.seatQuota", equalTo(80));
        as(HR).queryParam("on", "2028-01-01")
                .get("/agreements/{id}/terms", id)
                .then()
                .statusCode(404);

        as(HR).body(Map.of("effectiveDate", "2027-09-30", "reason", "Reorganisation"))
                .post("/agreements/{id}/terminate", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("TERMINATED"))
                .body("termination.terminatedBy", equalTo(VERKSTAD));
        as(UNI).queryParam("on", "2027-10-01")
                .get("/agreements/{id}/terms", id)
                .then()
                .statusCode(404);
        as(UNI).body(Map.of("effectiveDate", "2027-09-30"))
                .post("/agreements/{id}/terminate", id)
                .then()
                .statusCode(409)
                .body("detail", containsString("is TERMINATED"));

        var records = Topics.await("partner.agreements", Topics.keyed(id), 3, Duration.ofSeconds(20));
        List<JsonNode> events = records.stream()
                .map(Topics::json)
                .map(EventAssertions::assertValidEvent)
                .toList();
        assertThat(events)
                .extracting(e -> e.get("type").asText())
                .containsExactly("AgreementActivated", "AgreementAmended", "AgreementTerminated");
        JsonNode activated = events.get(0).get("payload");
        assertThat(activated.get("version").asInt()).isEqualTo(1);
        assertThat(activated.at("/university/bankgiro").asText()).isEqualTo("5050-1055");
        assertThat(activated.at("/employer/buyerType").asText()).isEqualTo("PRIVATE");
        assertThat(activated.at("/pricing/prices/0/price/amount").asText()).isEqualTo("15000.00");
        assertThat(activated.at("/cancellation/fees").size()).isEqualTo(3);
        assertThat(activated.at("/invoicing/buyerReference").asText()).isEqualTo("HR-4711");
        assertThat(events.get(1).at("/payload/effectiveFrom").asText()).isEqualTo("2027-06-01");
        assertThat(events.get(1).at("/payload/seatQuota").asInt()).isEqualTo(80);
        assertThat(events.get(2).at("/payload/effectiveDate").asText()).isEqualTo("2027-09-30");
    }

    @Test
    void only_the_parties_and_operators_see_an_agreement() {
        String id = proposed();

        as(HR).get("/agreements/{id}", id).then().statusCode(200);
        as(TestTokens.operator()).get("/agreements/{id}", id).then().statusCode(200);
        as(TestTokens.employer(REGION))
                .get("/agreements/{id}", id)
                .then()
                .statusCode(404)
                .body(not(containsString(VERKSTAD)));
        as(TestTokens.university(NORRDAL)).get("/agreements/{id}", id).then().statusCode(404);
        as(TestTokens.employer(REGION))
                .get("/agreements")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        as(HR).get("/agreements").then().statusCode(200).body("items.id", hasItem(id));
        as(TestTokens.operator())
                .queryParam("status", "PROPOSED")
                .get("/agreements")
                .then()
                .body("items.id", hasItem(id));
    }

    @Test
    void only_the_university_drafts_and_only_its_employer_accepts() {
        String id = proposed();

        as(HR).body(terms(VERKSTAD, course)).post("/agreements").then().statusCode(403);
        as(UNI).post("/agreements/{id}/accept", id).then().statusCode(403);
        as(TestTokens.employer(REGION))
                .post("/agreements/{id}/accept", id)
                .then()
                .statusCode(404);
        as(TestTokens.university(NORRDAL))
                .post("/agreements/{id}/propose", id)
                .then()
                .statusCode(404);
        as(HR).post("/agreements/{id}/decline", id).then().statusCode(200).body("status", equalTo("DECLINED"));
        as(HR).post("/agreements/{id}/accept", id).then().statusCode(409).body("detail", containsString("is DECLINED"));
        as(UNI).body(Map.of("effectiveDate", "2027-06-30"))
                .post("/agreements/{id}/terminate", id)
                .then()
                .statusCode(409);
    }

    @Test
    void invalid_terms_are_refused_and_nothing_changes() {
        UUID otherUniversitysCourse = announceCourse(sql, NORRDAL);
        Map<String, Consumer<Map<String, Object>>> cases = new HashMap<>();
        cases.put("validTo", t -> t.put("validTo", "2026-12-31"));
        cases.put(
                "pricing.prices[0].price.amount",
                t -> t.put(
                        "pricing",
                        Map.of(
                                "kind",
                                "FIXED",
                                "prices",
                                List.of(Map.of(
                                        "courseId",
                                        course.toString(),
                                        "price",
                                        Map.of("amount", "-1.00", "currency", "SEK"))))));
        cases.put("pricing.percent", t -> t.put("pricing", Map.of("kind", "DISCOUNT", "percent", 120)));
        cases.put("seatQuota", t -> t.put("seatQuota", 0));
        cases.put(
                "coverage.courseIds",
                t -> t.put(
                        "coverage",
                        Map.of(
                                "allCourses",
                                false,
                                "courseIds",
                                List.of(course.toString(), otherUniversitysCourse.toString()))));
        cases.put("employer", t -> t.put("employer", NORRDAL));
        cases.put("invoicing.invoiceOn", t -> t.put("invoicing", Map.of("paymentDays", 30, "invoiceOn", "WHENEVER")));
        long agreements = sql.count("select count(*) from agreement");

        cases.forEach((field, spoil) -> {
            Map<String, Object> body = terms(VERKSTAD, course);
            spoil.accept(body);
            as(UNI).body(body)
                    .post("/agreements")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(field));
        });
        as(UNI).body(Map.of("employer", VERKSTAD)).post("/agreements").then().statusCode(400);
        as(UNI).body("{\"employer\": ").post("/agreements").then().statusCode(400);

        assertThat(sql.count("select count(*) from agreement")).isEqualTo(agreements);
        as(UNI).body(withCourse(otherUniversitysCourse))
                .post("/agreements")
                .then()
                .statusCode(400)
                .body("detail", containsString("belongs to another university"));
    }

    @Test
    void a_discount_agreement_over_all_courses_activates() {
        Map<String, Object> t = terms(AGENCY, course);
        t.put("coverage", Map.of("allCourses", true));
        t.put("pricing", Map.of("kind", "DISCOUNT", "percent", 10));
        String id = as(UNI).body(t)
                .post("/agreements")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(UNI).post("/agreements/{id}/propose", id).then().statusCode(200);
        as(TestTokens.employer(AGENCY))
                .post("/agreements/{id}/accept", id)
                .then()
                .statusCode(200);

        JsonNode event = Topics.json(Topics.await("partner.agreements", Topics.keyed(id), 1, Duration.ofSeconds(20))
                .get(0));
        EventAssertions.assertValidEvent(event);
        assertThat(event.at("/payload/pricing/percent").decimalValue()).isEqualByComparingTo("10");
        assertThat(event.at("/payload/coverage/allCourses").asBoolean()).isTrue();
        assertThat(event.at("/payload/employer/buyerType").asText()).isEqualTo("STATE_AGENCY");
    }

    @Test
    void a_co_funding_scheme_is_part_of_the_terms_and_travels_with_the_funders_details() {
        Map<String, Object> t = terms(VERKSTAD, course);
        t.put(
                "funding",
                Map.of(
                        "model",
                        "FUNDER_INVOICED",
                        "funder",
                        FUND,
                        "sharePercent",
                        50,
                        "capPerParticipant",
                        Map.of("amount", "6000.00", "currency", "SEK"),
                        "condition",
                        "COMPLETION",
                        "funderReference",
                        "OF-2027-118"));
        String id = as(UNI).body(t)
                .post("/agreements")
                .then()
                .statusCode(201)
                .body("funding.model", equalTo("FUNDER_INVOICED"))
                .body("funding.funder", equalTo(FUND))
                .extract()
                .path("id");
        as(UNI).post("/agreements/{id}/propose", id).then().statusCode(200);
        as(HR).get("/agreements/{id}", id).then().statusCode(200).body("funding.sharePercent", equalTo(50));
        as(HR).post("/agreements/{id}/accept", id).then().statusCode(200);

        JsonNode event = Topics.json(Topics.await("partner.agreements", Topics.keyed(id), 1, Duration.ofSeconds(20))
                .get(0));
        EventAssertions.assertValidEvent(event);
        assertThat(event.at("/payload/funding/model").asText()).isEqualTo("FUNDER_INVOICED");
        assertThat(event.at("/payload/funding/funder/name").asText()).isEqualTo("Omställningsfonden");
        assertThat(event.at("/payload/funding/funder/peppolEndpoint").asText()).isEqualTo("0007:" + FUND);
        assertThat(event.at("/payload/funding/funder/buyerType").asText()).isEqualTo("PRIVATE");
        assertThat(event.at("/payload/funding/sharePercent").asInt()).isEqualTo(50);
        assertThat(event.at("/payload/funding/capPerParticipant/amount").asText())
                .isEqualTo("6000.00");
        assertThat(event.at("/payload/funding/condition").asText()).isEqualTo("COMPLETION");
        assertThat(event.at("/payload/funding/funderReference").asText()).isEqualTo("OF-2027-118");
    }

    @Test
    void a_funder_must_be_registered_as_one_and_the_scheme_hold_together() {
        Map<String, Object> employerAsFunder = terms(VERKSTAD, course);
        employerAsFunder.put("funding", Map.of("model", "SUBSIDY", "funder", REGION, "sharePercent", 30));
        as(UNI).body(employerAsFunder)
                .post("/agreements")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("funding.funder"))
                .body(containsString("is registered as EMPLOYER, not FUNDER"));

        Map<String, Object> subsidyOnCompletion = terms(VERKSTAD, course);
        subsidyOnCompletion.put(
                "funding", Map.of("model", "SUBSIDY", "funder", FUND, "sharePercent", 101, "condition", "COMPLETION"));
        as(UNI).body(subsidyOnCompletion)
                .post("/agreements")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("funding.sharePercent"));

        subsidyOnCompletion.put(
                "funding", Map.of("model", "SUBSIDY", "funder", FUND, "sharePercent", 30, "condition", "COMPLETION"));
        as(UNI).body(subsidyOnCompletion)
                .post("/agreements")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("funding.condition"));
    }

    @Test
    void an_active_agreement_past_its_validity_expires_once_with_an_event() {
        String id = proposed();
        as(HR).post("/agreements/{id}/accept", id).then().statusCode(200);

        assertThat(expiry.expireDue(LocalDate.of(2027, 12, 31))).hasValue(0);
        assertThat(expiry.expireDue(LocalDate.of(2028, 1, 1)).getAsInt()).isPositive();
        assertThat(expiry.expireDue(LocalDate.of(2028, 1, 1))).hasValue(0);

        as(HR).get("/agreements/{id}", id).then().body("status", equalTo("EXPIRED"));
        var records = Topics.await("partner.agreements", Topics.keyed(id), 2, Duration.ofSeconds(20));
        JsonNode expired = EventAssertions.assertValidEvent(Topics.json(records.get(1)));
        assertThat(expired.get("type").asText()).isEqualTo("AgreementExpired");
        assertThat(expired.at("/payload/expiredOn").asText()).isEqualTo("2027-12-31");
    }

    @Test
    void expiry_runs_on_one_instance_at_a_time() throws Exception {
        String id = proposed();
        as(HR).post("/agreements/{id}/accept", id).then().statusCode(200);

        try (Connection otherInstance = dataSource.getConnection();
                Statement sql = otherInstance.createStatement()) {
            // Another instance is expiring agreements: this one skips its turn.
            sql.execute("select pg_advisory_lock(hashtext('" + ClusterJobs.LOCK_NAMESPACE
                    + "'), hashtext('agreement-expiry'))");
            try {
                assertThat(expiry.expireDue(LocalDate.of(2028, 1, 1))).isEmpty();
                as(HR).get("/agreements/{id}", id).then().body("status", equalTo("ACTIVE"));
            } finally {
                sql.execute("select pg_advisory_unlock_all()");
            }
        }
        assertThat(expiry.expireDue(LocalDate.of(2028, 1, 1)).getAsInt()).isPositive();
        as(HR).get("/agreements/{id}", id).then().body("status", equalTo("EXPIRED"));
    }

    private String proposed() {
        String id = as(UNI).body(terms(VERKSTAD, course))
                .post("/agreements")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(UNI).post("/agreements/{id}/propose", id).then().statusCode(200);
        return id;
    }

    private Map<String, Object> withCourse(UUID courseId) {
        Map<String, Object> t = terms(VERKSTAD, courseId);
        return t;
    }
}
