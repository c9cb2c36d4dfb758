package se.uppdrag.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static se.uppdrag.agreement.AgreementTestSupport.KUSTLAND;
import static se.uppdrag.agreement.AgreementTestSupport.NORRDAL;
import static se.uppdrag.agreement.AgreementTestSupport.REGION;
import static se.uppdrag.agreement.AgreementTestSupport.announceCourse;
import static se.uppdrag.agreement.AgreementTestSupport.terms;
import static se.uppdrag.testsupport.Api.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestMail;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.TestTokens;

/**
 * Each organisation keeps where it wants the platform's notices, per role: its own people and the operator change
 * them, nobody else sees them; HR at those addresses is told of an agreement, and of a change of one, to answer.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class OrganisationNotificationsIT {

    @Inject
    TestSql sql;

    @BeforeEach
    void organisations() {
        AgreementTestSupport.registerDemoOrganisations();
    }

    @Test
    void an_organisation_and_the_operator_keep_its_addresses_per_role_and_nobody_else_sees_them() {
        String hr = TestTokens.employer(REGION);
        as(hr).get("/organisations/{org}/notifications", REGION)
                .then()
                .statusCode(200)
                .body("language", equalTo("sv"))
                .body("employer", empty());

        as(hr).body(Map.of("language", "en", "employer", List.of("hr@region.example", "hr@region.example")))
                .put("/organisations/{org}/notifications", REGION)
                .then()
                .statusCode(200)
                .body("language", equalTo("en"))
                .body("employer", contains("hr@region.example"));
        as(TestTokens.operator())
                .get("/organisations/{org}/notifications", REGION)
                .then()
                .statusCode(200)
                .body("employer", contains("hr@region.example"));

        as(TestTokens.employer("5566778808"))
                .get("/organisations/{org}/notifications", REGION)
                .then()
                .statusCode(404);
        as(TestTokens.university(KUSTLAND))
                .body(Map.of("university", List.of("x@kustland.example")))
                .put("/organisations/{org}/notifications", REGION)
                .then()
                .statusCode(404);
        as(hr).body(Map.of("employer", List.of("not an address")))
                .put("/organisations/{org}/notifications", REGION)
                .then()
                .statusCode(400);
        as(hr).body(Map.of("finance", List.of("ekonomi@region.example")))
                .put("/organisations/{org}/notifications", REGION)
                .then()
                .statusCode(400)
                .body("detail", containsString("finance"));
        as(TestTokens.finance(NORRDAL))
                .body(Map.of(
                        "university",
                        List.of("uppdrag@norrdal.example"),
                        "finance",
                        List.of("ekonomi@norrdal.example")))
                .put("/organisations/{org}/notifications", NORRDAL)
                .then()
                .statusCode(200)
                .body("finance", contains("ekonomi@norrdal.example"));
    }

    @Test
    void hr_is_told_of_an_agreement_and_of_an_amendment_to_answer_in_its_language() {
        String address = "avtal-" + UUID.randomUUID().toString().substring(0, 8) + "@region.example";
        String hr = TestTokens.employer(REGION);
        as(hr).body(Map.of("language", "sv", "employer", List.of(address)))
                .put("/organisations/{org}/notifications", REGION)
                .then()
                .statusCode(200);
        UUID course = announceCourse(sql, KUSTLAND);
        String uni = TestTokens.university(KUSTLAND);
        String id = as(uni).body(terms(REGION, course))
                .post("/agreements")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertThat(TestMail.to(address))
                .as("a draft is the university's own business")
                .isEmpty();

        as(uni).post("/agreements/{id}/propose", id).then().statusCode(200);

        MimeMessage proposed = TestMail.awaitTo(address, 1).get(0);
        assertThat(TestMail.subject(proposed)).isEqualTo("Avtalsförslag från Kustlands högskola att svara på");
        assertThat(TestMail.from(proposed)).startsWith("Kustlands högskola via Uppdrag");
        assertThat(TestMail.part(proposed, "text/plain").orElseThrow())
                .contains("Region Mitt", "http://localhost:8080/agreements/" + id);

        as(hr).post("/agreements/{id}/accept", id).then().statusCode(200);
        as(uni).body(terms(REGION, course))
                .post("/agreements/{id}/amendments", id)
                .then()
                .statusCode(201);

        MimeMessage amendment = TestMail.awaitTo(address, 2).get(1);
        assertThat(TestMail.subject(amendment)).isEqualTo("Ändrat avtal från Kustlands högskola att svara på");
    }
}
