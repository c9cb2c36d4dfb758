package se.uppdrag.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static se.uppdrag.systemtests.Scenario.AGENCY;
import static se.uppdrag.systemtests.Scenario.EVENTUALLY;
import static se.uppdrag.systemtests.Scenario.KUSTLAND;
import static se.uppdrag.systemtests.Scenario.NORRDAL;
import static se.uppdrag.systemtests.Scenario.VERKSTAD;
import static se.uppdrag.systemtests.Scenario.as;
import static se.uppdrag.systemtests.Scenario.courseOf;
import static se.uppdrag.systemtests.Scenario.invoiceOf;
import static se.uppdrag.systemtests.Scenario.order;
import static se.uppdrag.systemtests.Scenario.publishedOccasion;
import static se.uppdrag.systemtests.Scenario.signedAgreement;
import static se.uppdrag.systemtests.Scenario.suffix;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.uppdrag.testsupport.BankFiles;
import se.uppdrag.testsupport.PeppolRules;
import se.uppdrag.testsupport.TestTokens;

/**
 * The platform's stories end to end, through the public APIs of the four running services only: a university
 * publishes, an agreement is signed, an employer orders, the university confirms, the invoice is a valid Peppol
 * document, a late cancellation is credited with its fee, a camt.054 payment settles the rest, completion shows in the
 * employer's report and the reconciliation balances; and a state agency's invoice carries no VAT (category O).
 */
class CommissionedEducationStoryIT {

    private static RunningPlatform platform;

    @BeforeAll
    static void platform() {
        platform = Scenario.platform();
    }

    @Test
    void a_course_is_commissioned_invoiced_credited_paid_completed_and_reconciled() {
        // Starts in 20 days: a cancellation now costs half the price under these terms.
        String occasion = publishedOccasion("KUS" + suffix(), LocalDate.now().plusDays(20));
        String course = as(KeycloakTokens.university(KUSTLAND), "catalogue")
                .get("/occasions/{id}", occasion)
                .then()
                .statusCode(200)
                .extract()
                .path("courseId");
        String agreement = signedAgreement(VERKSTAD, course);

        JsonPath order = order(VERKSTAD, agreement, occasion, List.of("Anna", "Erik"));
        String anna = order.getString("enrolments[0].id");
        String erik = order.getString("enrolments[1].id");
        String university = KeycloakTokens.university(KUSTLAND);
        as(university, "enrolment")
                .post("/enrolments/{id}/confirm", anna)
                .then()
                .statusCode(200);
        as(university, "enrolment")
                .post("/enrolments/{id}/confirm", erik)
                .then()
                .statusCode(200);

        String finance = KeycloakTokens.finance(KUSTLAND);
        JsonPath invoice = invoiceOf(finance, order.getString("id"));
        assertThat(invoice.getString("taxCategory")).isEqualTo("S");
        assertThat(invoice.getString("total.amount")).isEqualTo("37500.00");
        assertThat(invoice.getList("lines")).hasSize(2);
        String ubl = as(finance, "invoicing")
                .accept("application/xml")
                .get("/invoices/{id}", invoice.getString("id"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(PeppolRules.errors(ubl)).isEmpty();

        // The employer cancels Erik late: half the price is kept, the rest credited.
        as(KeycloakTokens.employer(VERKSTAD), "enrolment")
                .contentType("application/json")
                .body("{\"reason\":\"Sick leave\"}")
                .post("/enrolments/{id}/cancel", erik)
                .then()
                .statusCode(200)
                .body("fee.amount", equalTo("7500.00"));
        await().atMost(EVENTUALLY)
                .untilAsserted(() -> as(finance, "invoicing")
                        .get("/invoices/{id}", invoice.getString("id"))
                        .then()
                        .body("credited.amount", equalTo("9375.00"))
                        .body("open.amount", equalTo("28125.00")));

        // The bank's camt.054 settles what is left.
        String camt = BankFiles.camt054(
                LocalDate.now(),
                List.of(new BankFiles.Incoming(
                        "STORY-" + suffix(), invoice.getString("ocr"), "28125.00", "Verkstadsbolaget Nord AB")));
        as(finance, "invoicing")
                .contentType("application/xml")
                .body(camt.getBytes(StandardCharsets.UTF_8))
                .post("/payments/imports")
                .then()
                .statusCode(200)
                .body("matched", equalTo(1));
        as(finance, "invoicing")
                .get("/invoices/{id}", invoice.getString("id"))
                .then()
                .body("status", equalTo("PAID"));

        // Anna completes with credits; the employer's report shows it.
        as(university, "enrolment")
                .contentType("application/json")
                .body("{\"creditsAwarded\":7.5,\"grade\":\"G\"}")
                .post("/enrolments/{id}/complete", anna)
                .then()
                .statusCode(200);
        String report = as(KeycloakTokens.employer(VERKSTAD), "enrolment")
                .accept("text/csv")
                .get("/reports/participation")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(report).contains("Anna").contains("COMPLETED,7.5,G");

        // The reconciliation of this agreement balances.
        List<Map<String, Object>> rows = as(finance, "invoicing")
                .get("/reconciliation")
                .then()
                .statusCode(200)
                .extract()
                .path("buyers.findAll { it.agreement == '" + agreement + "' }");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0))
                .extracting(
                        r -> ((Map<?, ?>) r.get("invoiced")).get("amount"),
                        r -> ((Map<?, ?>) r.get("credited")).get("amount"),
                        r -> ((Map<?, ?>) r.get("paid")).get("amount"),
                        r -> ((Map<?, ?>) r.get("open")).get("amount"))
                .containsExactly("37500.00", "9375.00", "28125.00", "0.00");
    }

    @Test
    void only_tokens_from_the_realm_are_accepted() {
        // Same claims as Keycloak's tokens, but signed by a key and issuer the services do not trust.
        String forged = TestTokens.university(KUSTLAND);
        Map<String, String> protectedLists =
                Map.of("partner-agreement", "/agreements", "enrolment", "/orders", "invoicing", "/invoices");
        protectedLists.forEach((service, path) -> {
            given().baseUri(platform.url(service)).get(path).then().statusCode(401);
            given().baseUri(platform.url(service))
                    .auth()
                    .oauth2(forged)
                    .get(path)
                    .then()
                    .statusCode(401);
            String genuine = service.equals("invoicing")
                    ? KeycloakTokens.finance(KUSTLAND)
                    : KeycloakTokens.university(KUSTLAND);
            as(genuine, service).get(path).then().statusCode(200);
        });
        given().baseUri(platform.url("catalogue"))
                .auth()
                .oauth2(forged)
                .contentType("application/json")
                .body("{}")
                .post("/courses")
                .then()
                .statusCode(401);
    }

    @Test
    void a_state_agency_is_invoiced_in_category_o_as_valid_peppol() {
        String occasion = publishedOccasion("KUS" + suffix(), LocalDate.now().plusDays(60));
        String course = as(KeycloakTokens.university(KUSTLAND), "catalogue")
                .get("/occasions/{id}", occasion)
                .then()
                .extract()
                .path("courseId");
        String agreement = signedAgreement(AGENCY, course);
        JsonPath order = order(AGENCY, agreement, occasion, List.of("Sara"));
        as(KeycloakTokens.university(KUSTLAND), "enrolment")
                .post("/enrolments/{id}/confirm", order.getString("enrolments[0].id"))
                .then()
                .statusCode(200);

        String finance = KeycloakTokens.finance(KUSTLAND);
        JsonPath invoice = invoiceOf(finance, order.getString("id"));
        assertThat(invoice.getString("taxCategory")).isEqualTo("O");
        assertThat(invoice.getString("vat.amount")).isEqualTo("0.00");
        String ubl = as(finance, "invoicing")
                .accept("application/xml")
                .get("/invoices/{id}", invoice.getString("id"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(PeppolRules.errors(ubl)).isEmpty();
        // The agency reads its own invoice; the private employer cannot see it.
        as(KeycloakTokens.employer(AGENCY), "invoicing")
                .get("/invoices/{id}", invoice.getString("id"))
                .then()
                .statusCode(200);
        as(KeycloakTokens.employer(VERKSTAD), "invoicing")
                .get("/invoices/{id}", invoice.getString("id"))
                .then()
                .statusCode(404);
    }

    @Test
    void a_learning_path_across_two_universities_is_ordered_module_by_module_and_each_university_invoices_its_own() {
        String first =
                publishedOccasion(KUSTLAND, "KUS" + suffix(), LocalDate.now().plusDays(40));
        String second =
                publishedOccasion(NORRDAL, "NOR" + suffix(), LocalDate.now().plusDays(100));
        String firstCourse = courseOf(first);
        String secondCourse = courseOf(second);
        String path = as(KeycloakTokens.university(KUSTLAND), "catalogue")
                .contentType("application/json")
                .body(Map.of(
                        "title",
                        "Industrial digitalisation " + suffix(),
                        "description",
                        "Two modules, two universities.",
                        "courseIds",
                        List.of(firstCourse, secondCourse)))
                .post("/learning-paths")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        // The employer reads the path and, module by module, finds the occasion and orders under that university's
        // terms.
        JsonPath steps = given().baseUri(platform.url("catalogue"))
                .get("/learning-paths/{id}", path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(steps.getList("courses.university")).containsExactly(KUSTLAND, NORRDAL);
        for (int step = 0; step < 2; step++) {
            String university = steps.getString("courses[" + step + "].university");
            String course = steps.getString("courses[" + step + "].courseId");
            String occasion = given().baseUri(platform.url("catalogue"))
                    .queryParam("university", university)
                    .queryParam("size", 100)
                    .get("/occasions")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.find { it.courseId == '" + course + "' }.id");
            String agreement = signedAgreement(university, VERKSTAD, course);
            JsonPath order = order(VERKSTAD, agreement, occasion, List.of("Lina"));
            as(KeycloakTokens.university(university), "enrolment")
                    .post("/enrolments/{id}/confirm", order.getString("enrolments[0].id"))
                    .then()
                    .statusCode(200);

            JsonPath invoice = invoiceOf(KeycloakTokens.finance(university), order.getString("id"));
            assertThat(invoice.getString("seller")).isEqualTo(university);
            assertThat(invoice.getString("number")).startsWith(university + "-");
            // The other university's finance staff do not see it.
            String other = university.equals(KUSTLAND) ? NORRDAL : KUSTLAND;
            as(KeycloakTokens.finance(other), "invoicing")
                    .get("/invoices/{id}", invoice.getString("id"))
                    .then()
                    .statusCode(404);
        }
    }
}
