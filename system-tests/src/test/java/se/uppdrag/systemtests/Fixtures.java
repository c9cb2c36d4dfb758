package se.uppdrag.systemtests;

import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.uppdrag.testsupport.BankFiles;

/**
 * One resource of each kind, owned by Kustlands högskola (university, finance) and Verkstadsbolaget (employer), made
 * once through the public APIs: what the access matrix and the hostile requests put in their paths.
 */
final class Fixtures {

    private static Map<String, String> ids;

    private Fixtures() {}

    /** Path prefix with {id} → the fixture's id. */
    static synchronized Map<String, String> ids() {
        if (ids == null) {
            ids = create();
        }
        return ids;
    }

    private static Map<String, String> create() {
        Map<String, String> ids = new LinkedHashMap<>();
        String occasion = Scenario.publishedOccasion(
                "ACC" + Scenario.suffix(), LocalDate.now().plusDays(20));
        String course = Scenario.courseOf(occasion);
        String agreement = Scenario.signedAgreement(Scenario.VERKSTAD, course);
        JsonPath order = Scenario.order(Scenario.VERKSTAD, agreement, occasion, List.of("Anna", "Erik"));
        String university = KeycloakTokens.university(Scenario.KUSTLAND);
        for (int i = 0; i < 2; i++) {
            Scenario.as(university, "enrolment")
                    .post("/enrolments/{id}/confirm", order.getString("enrolments[" + i + "].id"))
                    .then()
                    .statusCode(200);
        }
        String finance = KeycloakTokens.finance(Scenario.KUSTLAND);
        JsonPath invoice = Scenario.invoiceOf(finance, order.getString("id"));
        Scenario.as(KeycloakTokens.employer(Scenario.VERKSTAD), "enrolment")
                .contentType("application/json")
                .body("{\"reason\":\"Sick leave\"}")
                .post("/enrolments/{id}/cancel", order.getString("enrolments[1].id"))
                .then()
                .statusCode(200);
        String[] creditNote = new String[1];
        await().atMost(Scenario.EVENTUALLY)
                .until(() -> (creditNote[0] = Scenario.as(finance, "invoicing")
                                .queryParam("invoice", invoice.getString("id"))
                                .get("/credit-notes")
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("items[0].id"))
                        != null);
        String reference = "ACC-" + Scenario.suffix();
        Scenario.as(finance, "invoicing")
                .contentType("application/xml")
                .body(BankFiles.camt054(
                                LocalDate.now(),
                                List.of(new BankFiles.Incoming(reference, "99999999999", "100.00", "Okänd betalare")))
                        .getBytes(StandardCharsets.UTF_8))
                .post("/payments/imports")
                .then()
                .statusCode(200);
        String payment = Scenario.as(finance, "invoicing")
                .queryParam("status", "unmatched")
                .queryParam("size", 100)
                .get("/payments")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.amount.amount == '100.00' }.id");
        String path = Scenario.as(university, "catalogue")
                .contentType("application/json")
                .body(Map.of(
                        "title",
                        "Access " + Scenario.suffix(),
                        "description",
                        "One course.",
                        "courseIds",
                        List.of(course)))
                .post("/learning-paths")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String inquiry = Scenario.as(KeycloakTokens.employer(Scenario.VERKSTAD), "partner-agreement")
                .contentType("application/json")
                .body(Scenario.inquiryNeed("Access " + Scenario.suffix(), Scenario.KUSTLAND))
                .post("/inquiries")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Scenario.as(KeycloakTokens.employer(Scenario.VERKSTAD), "partner-agreement")
                .post("/inquiries/{id}/publish", inquiry)
                .then()
                .statusCode(200);
        String question = Scenario.as(KeycloakTokens.university(Scenario.KUSTLAND), "enrolment")
                .contentType("application/json")
                .body(Map.of("courseId", course, "text", "Access question"))
                .post("/evaluation-questions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ids.put("/evaluation-questions/{id}", question);
        ids.put("/courses/{id}", course);
        ids.put("/inquiries/{id}", inquiry);
        ids.put("/occasions/{id}", occasion);
        ids.put("/learning-paths/{id}", path);
        ids.put("/agreements/{id}", agreement);
        ids.put("/orders/{id}", order.getString("id"));
        ids.put("/enrolments/{id}", order.getString("enrolments[0].id"));
        ids.put("/enrolments/{id}#2", order.getString("enrolments[1].id"));
        ids.put("/invoices/{id}", invoice.getString("id"));
        ids.put("/credit-notes/{id}", creditNote[0]);
        ids.put("/payments/{id}", payment);
        return Map.copyOf(ids);
    }

    /** The path with the fixtures' ids in it. */
    static String concrete(String template) {
        String path = template.replace("{orgNumber}", Scenario.KUSTLAND)
                .replace("{amendmentId}", UUID.randomUUID().toString())
                .replace("{questionId}", UUID.randomUUID().toString())
                .replace("{token}", "not-a-link")
                .replace("{topic}/{partition}/{offset}", "partner.agreements.dlq/0/0");
        Matcher m = Pattern.compile("^(/[a-z-]+)/\\{id}").matcher(path);
        return m.find() ? m.group(1) + "/" + ids().get(m.group(1) + "/{id}") + path.substring(m.end()) : path;
    }
}
