package se.uppdrag.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.uppdrag.invoicing.InvoicingFacts.KUSTLAND;
import static se.uppdrag.invoicing.InvoicingFacts.NORRDAL;
import static se.uppdrag.invoicing.InvoicingFacts.REGION;
import static se.uppdrag.invoicing.InvoicingFacts.VERKSTAD;
import static se.uppdrag.invoicing.InvoicingFacts.enrolment;
import static se.uppdrag.invoicing.InvoicingFacts.send;
import static se.uppdrag.testsupport.Api.as;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import se.uppdrag.testsupport.BankFiles;
import se.uppdrag.testsupport.BankFiles.Incoming;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.TestTokens;

/** What finance staff and employers find their way by: invoice search, sums, the import history, open amounts by age. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class FinanceListsIT {

    private static final String FINANCE = TestTokens.finance(KUSTLAND);

    @Inject
    InvoicingFacts facts;

    @Inject
    TestSql sql;

    @Test
    void an_invoice_is_found_by_part_of_its_number_its_ocr_and_its_buyer_and_names_its_parties() {
        UUID agreement = facts.agreement(REGION, "MUNICIPALITY_OR_REGION", "CONFIRMATION");
        JsonPath invoice = invoice(agreement, REGION);
        String number = invoice.getString("number");
        String ocr = invoice.getString("ocr");

        as(FINANCE)
                .queryParam("q", number.substring(number.length() - 6))
                .get("/invoices")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(invoice.getString("id")));
        as(FINANCE)
                .queryParam("q", ocr.substring(0, ocr.length() - 1))
                .get("/invoices")
                .then()
                .body("items.id", equalTo(List.of(invoice.getString("id"))));
        as(FINANCE)
                .queryParam("q", "232100-0016")
                .queryParam("agreement", agreement.toString())
                .get("/invoices")
                .then()
                .body("items.id", equalTo(List.of(invoice.getString("id"))));
        String buyerName = invoice.getString("parties.buyer.name");
        as(FINANCE)
                .queryParam("q", buyerName.substring(2, 8).toUpperCase())
                .queryParam("agreement", agreement.toString())
                .get("/invoices")
                .then()
                .body("items.id", equalTo(List.of(invoice.getString("id"))));
        as(FINANCE)
                .queryParam("q", "%")
                .queryParam("agreement", agreement.toString())
                .get("/invoices")
                .then()
                .body("items.size()", equalTo(0));
        as(TestTokens.finance(NORRDAL))
                .queryParam("q", ocr)
                .get("/invoices")
                .then()
                .body("items.size()", equalTo(0));

        assertThat(invoice.getString("parties.seller.orgNumber")).isEqualTo(KUSTLAND);
        assertThat(invoice.getString("parties.seller.bankgiro")).isNotBlank();
        assertThat(invoice.getString("parties.buyer.orgNumber")).isEqualTo(REGION);
        assertThat(invoice.getString("vatPercent")).isEqualTo("25.0");
    }

    @Test
    void invoices_sum_up_per_agreement_for_the_seller_and_the_buyer_alike() {
        UUID agreement = facts.agreement(VERKSTAD, "PRIVATE", "CONFIRMATION");
        JsonPath first = invoice(agreement, VERKSTAD);
        invoice(agreement, VERKSTAD);
        importFile(BankFiles.camt054(
                LocalDate.now(),
                List.of(new Incoming(
                        "T-" + UUID.randomUUID(), first.getString("ocr"), "5000.00", "Verkstadsbolaget Nord AB"))));

        as(FINANCE)
                .queryParam("agreement", agreement.toString())
                .get("/invoices/totals")
                .then()
                .statusCode(200)
                .body("invoices", equalTo(2))
                .body("invoiced.amount", equalTo("37500.00"))
                .body("paid.amount", equalTo("5000.00"))
                .body("open.amount", equalTo("32500.00"))
                .body("overdue.amount", equalTo("0.00"));
        as(TestTokens.employer(VERKSTAD))
                .queryParam("agreement", agreement.toString())
                .get("/invoices/totals")
                .then()
                .statusCode(200)
                .body("invoices", equalTo(2))
                .body("open.amount", equalTo("32500.00"));
        as(TestTokens.employer(REGION))
                .queryParam("agreement", agreement.toString())
                .get("/invoices/totals")
                .then()
                .statusCode(200)
                .body("invoices", equalTo(0))
                .body("invoiced.amount", equalTo("0.00"));
        as(TestTokens.finance(NORRDAL))
                .queryParam("agreement", agreement.toString())
                .get("/invoices/totals")
                .then()
                .body("invoices", equalTo(0));
        as(FINANCE).queryParam("agreement", "x").get("/invoices/totals").then().statusCode(400);
        as(TestTokens.university(KUSTLAND)).get("/invoices/totals").then().statusCode(403);
    }

    @Test
    void invoices_are_listed_in_the_order_asked_and_an_unknown_order_is_refused_by_name() {
        UUID agreement = facts.agreement(VERKSTAD, "PRIVATE", "CONFIRMATION");
        JsonPath first = invoice(agreement, VERKSTAD);
        JsonPath second = invoice(agreement, VERKSTAD);
        importFile(BankFiles.camt054(
                LocalDate.now(),
                List.of(new Incoming(
                        "S-" + UUID.randomUUID(), first.getString("ocr"), "5000.00", "Verkstadsbolaget Nord AB"))));
        List<String> firstThenSecond = List.of(first.getString("id"), second.getString("id"));
        List<String> secondThenFirst = List.of(second.getString("id"), first.getString("id"));

        // The first has 5 000 paid, so less left to pay; equal totals are a tie, which the newest-first order breaks.
        for (var sort : Map.of(
                        "number",
                        firstThenSecond,
                        "-number",
                        secondThenFirst,
                        "open",
                        firstThenSecond,
                        "-open",
                        secondThenFirst,
                        "total",
                        secondThenFirst)
                .entrySet()) {
            as(FINANCE)
                    .queryParam("agreement", agreement.toString())
                    .queryParam("sort", sort.getKey())
                    .get("/invoices")
                    .then()
                    .statusCode(200)
                    .body("items.id", equalTo(sort.getValue()));
        }
        as(FINANCE)
                .queryParam("sort", "price")
                .get("/invoices")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"))
                .body("errors[0].message", containsString("dueDate"));
        // A status that does not exist is refused by name rather than answered with an empty list.
        as(FINANCE)
                .queryParam("agreement", agreement.toString())
                .queryParam("status", "PARTIALLY_PAID")
                .get("/invoices")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(first.getString("id"))));
        as(FINANCE)
                .queryParam("status", "SETTLED")
                .get("/invoices")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("OVERDUE"));
    }

    @Test
    void the_import_history_lists_each_file_newest_first_with_what_it_did() {
        JsonPath invoice = invoice(facts.agreement(VERKSTAD, "PRIVATE", "CONFIRMATION"), VERKSTAD);
        String camt = BankFiles.camt054(
                LocalDate.now(),
                List.of(
                        new Incoming(
                                "H-" + UUID.randomUUID(),
                                invoice.getString("ocr"),
                                "100.00",
                                "Verkstadsbolaget Nord AB"),
                        new Incoming("H-" + UUID.randomUUID(), "88888", "7.00", "Okänd")));
        String importId = importFile(camt).extract().path("importId");

        as(FINANCE)
                .get("/payments/imports")
                .then()
                .statusCode(200)
                .body("items[0].importId", equalTo(importId))
                .body("items[0].format", equalTo("CAMT054"))
                .body("items[0].read", equalTo(2))
                .body("items[0].matched", equalTo(1))
                .body("items[0].unmatched", equalTo(1))
                .body("items[0].importedAt", Matchers.notNullValue());
        as(TestTokens.finance(NORRDAL))
                .get("/payments/imports")
                .then()
                .statusCode(200)
                .body("items.importId", not(hasItem(importId)));
        as(TestTokens.employer(VERKSTAD)).get("/payments/imports").then().statusCode(403);
    }

    @Test
    void open_amounts_are_aged_by_days_past_due() {
        // Norrdal's own invoices, so the buckets hold only what this test puts in them.
        String finance = TestTokens.finance(NORRDAL);
        UUID agreement = facts.agreement(REGION, "MUNICIPALITY_OR_REGION", "CONFIRMATION", NORRDAL);
        String notDue = invoice(agreement, REGION, finance).getString("id");
        String month = invoice(agreement, REGION, finance).getString("id");
        String twoMonths = invoice(agreement, REGION, finance).getString("id");
        String older = invoice(agreement, REGION, finance).getString("id");
        LocalDate today = LocalDate.now();
        // As if issued long ago: the due dates lie 10, 45 and 90 days back.
        sql.update("update invoice set due_date = ? where id = ?", today.minusDays(10), UUID.fromString(month));
        sql.update("update invoice set due_date = ? where id = ?", today.minusDays(45), UUID.fromString(twoMonths));
        sql.update("update invoice set due_date = ? where id = ?", today.minusDays(90), UUID.fromString(older));
        assertThat(notDue).isNotEqualTo(month);

        JsonPath reconciliation = as(finance)
                .get("/reconciliation")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(new BigDecimal(reconciliation.getString("aging.notDue.amount")))
                .isGreaterThanOrEqualTo(new BigDecimal("18750.00"));
        assertThat(reconciliation.getString("aging.days1To30.amount")).isEqualTo("18750.00");
        assertThat(reconciliation.getString("aging.days31To60.amount")).isEqualTo("18750.00");
        assertThat(reconciliation.getString("aging.over60.amount")).isEqualTo("18750.00");
    }

    private JsonPath invoice(UUID agreement, String buyer) {
        return invoice(agreement, buyer, FINANCE);
    }

    /** One invoice of 15 000 SEK net under the agreement. */
    private JsonPath invoice(UUID agreement, String buyer, String finance) {
        UUID order = UUID.randomUUID();
        var event = enrolment("EnrolmentConfirmed", agreement, order, buyer, "CONFIRMED");
        String seller = finance.equals(FINANCE) ? KUSTLAND : NORRDAL;
        ((ObjectNode) event.get("payload")).put("university", seller);
        send(event);
        return facts.awaitInvoices(finance, order, 1).setRootPath("items[0]");
    }

    private static ValidatableResponse importFile(String camt) {
        return as(FINANCE)
                .contentType("application/xml")
                .body(camt.getBytes(StandardCharsets.UTF_8))
                .post("/payments/imports")
                .then()
                .statusCode(200);
    }
}
