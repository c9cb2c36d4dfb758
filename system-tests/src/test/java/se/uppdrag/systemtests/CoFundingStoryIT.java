package se.uppdrag.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.uppdrag.platform.validation.Luhn;
import se.uppdrag.testsupport.BankFiles;
import se.uppdrag.testsupport.PeppolRules;

/**
 * Co-funded orders through the browser and the four running services: the operator registers a fund; the university
 * drafts an agreement in which the fund pays half of each participant's price (at most 6 000 kr) for those who complete;
 * HR signs it and orders two; one completes, one does not; the employer is invoiced its share of both and the share
 * the fund will not pay, the fund its share of the one who completed (a valid Peppol invoice to its own endpoint);
 * one camt.054 pays all three, and the reconciliation shows employer and fund paid in full. Under a claim-back
 * scheme HR finds what to claim from the fund, and downloads the claim pack.
 */
class CoFundingStoryIT extends BrowserStory {

    @Test
    void a_co_funded_order_is_invoiced_to_employer_and_funder_paid_by_one_bank_file_and_claimed_back()
            throws Exception {
        String code = "CF" + Scenario.suffix();
        String fund = organisationNumber("802");
        String fundName = "Kompetensfonden " + code;

        // The operator registers the fund as a funder, with its Peppol address.
        browser.login("ops").go("/operator/organisations/new");
        browser.type("orgNumber", fund)
                .select("kind", "FUNDER")
                .type("name", fundName)
                .select("buyerType", "PRIVATE")
                .type("street", "Box 7")
                .type("postalCode", "11122")
                .type("city", "Stockholm")
                .type("peppolEndpoint", "0007:" + fund);
        browser.click(By.cssSelector("form[action='/operator/organisations'] button[type=submit]"));
        browser.waitForText("Organisationen är registrerad");

        // The university drafts an agreement co-funded by the fund: half, at most 6 000 kr, for those who complete.
        String occasion = Scenario.publishedOccasion(code, LocalDate.now().plusDays(40));
        String course = Scenario.courseOf(occasion);
        browser.login("uni.admin").go("/agreements/new").htmxSettled();
        browser.type("employer", "Verkstadsbolaget Nord AB (556677-8808)")
                .check(By.id("coverage-listed"))
                .check(By.id("course-" + course))
                .check(By.id("pricing-fixed"))
                .type("price-" + course, "15000")
                .type("seatQuota", "10")
                .select("fundingModel", "FUNDER_INVOICED")
                .type("funder", fund)
                .type("sharePercent", "50")
                .type("fundingCap", "6 000")
                .check(By.id("fundingCompletion"))
                .type("funderReference", "KF-" + code);
        checked("university-agreement-co-funding");
        browser.click(By.cssSelector("form[action='/agreements'] button[type=submit]"));
        browser.waitForText("Avtalsutkastet är sparat");
        String agreement = browser.path().replaceAll("^/agreements/([0-9a-f-]+).*$", "$1");
        assertThat(browser.main())
                .contains("Finansiären faktureras sin del direkt")
                .contains("50 % betalas av")
                .contains("KF-" + code);
        browser.click("Skicka till uppdragsgivaren").waitForText("Avtalet är skickat");

        // HR sees who pays what before signing.
        browser.login("hr.admin").go("/agreements/" + agreement);
        assertThat(browser.main()).contains("Delfinansiering").contains("högst 6 000,00 kr per deltagare");
        checked("hr-agreement-co-funded");
        browser.click("Godkänn avtalet").waitForText("Avtalet är undertecknat");
        // Ordering under it, HR sees the scheme beside the occasion before naming anyone.
        browser.go("/orders/new?agreement=" + agreement + "&occasion=" + occasion);
        browser.refreshUntil(By.id("given-0"), Duration.ofSeconds(60));
        assertThat(browser.main()).contains("Delfinansiering").contains("50 % betalas av");

        // Two staff; the university confirms both; Anna completes, Erik does not.
        JsonPath order = Scenario.order(Scenario.VERKSTAD, agreement, occasion, List.of("Anna", "Erik"));
        String orderId = order.getString("id");
        String university = KeycloakTokens.university(Scenario.KUSTLAND);
        String anna = order.getString("enrolments.find { it.participant.givenName == 'Anna' }.id");
        String erik = order.getString("enrolments.find { it.participant.givenName == 'Erik' }.id");
        for (String seat : List.of(anna, erik)) {
            Scenario.as(university, "enrolment")
                    .post("/enrolments/{id}/confirm", seat)
                    .then()
                    .statusCode(200);
        }
        String finance = KeycloakTokens.finance(Scenario.KUSTLAND);
        await().atMost(Scenario.EVENTUALLY)
                .until(() -> invoices(finance, orderId).size() == 1);
        Scenario.as(university, "enrolment")
                .contentType("application/json")
                .body("{\"creditsAwarded\":7.5,\"grade\":\"G\"}")
                .post("/enrolments/{id}/complete", anna)
                .then()
                .statusCode(200);
        Scenario.as(university, "enrolment")
                .post("/enrolments/{id}/not-completed", erik)
                .then()
                .statusCode(200);
        await().atMost(Scenario.EVENTUALLY)
                .until(() -> invoices(finance, orderId).size() == 3);
        List<Map<String, Object>> invoices = invoices(finance, orderId);

        // Finance reads the fund's invoice: its own buyer, the employer it co-funds, a valid e-invoice to its endpoint.
        Map<String, Object> fundsInvoice = invoices.stream()
                .filter(i -> fund.equals(i.get("buyer")))
                .findFirst()
                .orElseThrow();
        browser.login("uni.finance").go("/invoices/" + fundsInvoice.get("id"));
        assertThat(browser.main())
                .contains(fundName)
                .contains("Finansierar beställning från")
                .contains("556677-8808")
                .contains("KF-" + code)
                .contains("7 500,00 kr");
        checked("finance-funder-invoice");
        String ubl = Scenario.as(finance, "invoicing")
                .accept("application/xml")
                .get("/invoices/{id}", fundsInvoice.get("id"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(PeppolRules.errors(ubl)).as("Peppol BIS Billing 3.0 rules").isEmpty();
        browser.refreshUntil(
                By.xpath("//section[@id='delivery'][contains(., 'Levererad till köparens Peppol-adress')]"),
                Duration.ofSeconds(60));
        assertThat(RunningPlatform.peppolReceiver().received())
                .anySatisfy(r -> assertThat(r.receiver()).isEqualTo("0007:" + fund));

        // The employer's: 2 × 9 000 for its share, then Erik's 6 000 the fund does not pay; the fund's 6 000. With VAT:
        // 22 500, 7 500 and 7 500 — all paid by one camt.054.
        assertThat(invoices)
                .extracting(i -> (Object) ((Map<?, ?>) i.get("total")).get("amount"))
                .containsExactlyInAnyOrder("22500.00", "7500.00", "7500.00");
        Path camt = DOWNLOADS.resolve("camt-" + code + ".xml");
        Files.writeString(
                camt,
                BankFiles.camt054(
                        LocalDate.now(),
                        invoices.stream()
                                .map(i -> new BankFiles.Incoming(
                                        "B-" + code + "-" + i.get("number"),
                                        (String) i.get("ocr"),
                                        (String) ((Map<?, ?>) i.get("total")).get("amount"),
                                        fund.equals(i.get("buyer")) ? fundName : "Verkstadsbolaget Nord AB"))
                                .toList()),
                StandardCharsets.UTF_8);
        browser.go("/finance/payments");
        browser.upload("file", camt);
        browser.click("Läs in filen").waitForText("Filen är inläst");
        assertThat(browser.text(By.id("import-result"))).contains("3 inbetalningar lästa: 3 kopplade");

        // The reconciliation has employer and fund as buyers of their own under the agreement, both paid in full.
        List<Map<String, Object>> rows = Scenario.as(finance, "invoicing")
                .get("/reconciliation")
                .then()
                .statusCode(200)
                .extract()
                .path("buyers.findAll { it.agreement == '" + agreement + "' }");
        assertThat(rows)
                .extracting(
                        r -> r.get("buyer"),
                        r -> ((Map<?, ?>) r.get("invoiced")).get("amount"),
                        r -> ((Map<?, ?>) r.get("paid")).get("amount"),
                        r -> ((Map<?, ?>) r.get("open")).get("amount"))
                .containsExactlyInAnyOrder(
                        tuple(Scenario.VERKSTAD, "30000.00", "30000.00", "0.00"),
                        tuple(fund, "7500.00", "7500.00", "0.00"));

        // Under a claim-back scheme the employer pays in full and HR claims the fund's half afterwards.
        String claims = Scenario.coFundedAgreement(
                Scenario.VERKSTAD,
                course,
                Map.of(
                        "model",
                        "EMPLOYER_CLAIMS",
                        "funder",
                        fund,
                        "sharePercent",
                        50,
                        "funderReference",
                        "KF-CLAIM-" + code,
                        "claimDeadlineDays",
                        90));
        JsonPath claimed = Scenario.order(Scenario.VERKSTAD, claims, occasion, List.of("Cilla"));
        Scenario.as(university, "enrolment")
                .post("/enrolments/{id}/confirm", claimed.getString("enrolments[0].id"))
                .then()
                .statusCode(200);
        await().atMost(Scenario.EVENTUALLY)
                .until(() -> invoices(finance, claimed.getString("id")).size() == 1);
        browser.login("hr.admin").go("/orders/" + claimed.getString("id"));
        browser.click(By.cssSelector("main a[href^='/hr/funding?order=']"));
        browser.waitForText("Underlag för ansökan om ersättning");
        assertThat(browser.main())
                .contains("Cilla Berg")
                .contains("15 000,00 kr")
                .contains("7 500,00 kr")
                .contains("KF-CLAIM-" + code);
        checked("hr-funding");
        browser.click("Ladda ner underlaget (CSV)");
        Path pack = browser.awaitDownload("stodunderlag.csv", Duration.ofSeconds(30));
        assertThat(Files.readString(pack, StandardCharsets.UTF_8))
                .startsWith("invoice_number,")
                .contains(",PRICE,15000.00,0.00,yes,7500.00," + fund + ",");
    }

    private static List<Map<String, Object>> invoices(String finance, String order) {
        return Scenario.as(finance, "invoicing")
                .queryParam("order", order)
                .get("/invoices")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
    }

    /**
     * A valid organisation number of the given first three digits (the third at least 2, or it would read as a person's
     * number) and a Luhn check digit, new for each run.
     */
    private static String organisationNumber(String prefix) {
        String body = prefix + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        return body + Luhn.checkDigit(body);
    }
}
