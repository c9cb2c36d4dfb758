package se.uppdrag.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static se.uppdrag.invoicing.InvoicingFacts.KUSTLAND;
import static se.uppdrag.invoicing.InvoicingFacts.NORRDAL;
import static se.uppdrag.invoicing.InvoicingFacts.REGION;
import static se.uppdrag.invoicing.InvoicingFacts.VERKSTAD;
import static se.uppdrag.invoicing.InvoicingFacts.enrolment;
import static se.uppdrag.invoicing.InvoicingFacts.send;
import static se.uppdrag.testsupport.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import se.uppdrag.invoicing.service.Overdue;
import se.uppdrag.testsupport.BankFiles;
import se.uppdrag.testsupport.BankFiles.Incoming;
import se.uppdrag.testsupport.EventAssertions;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.TestTokens;
import se.uppdrag.testsupport.Topics;

/** Bank files imported by finance staff: matching by OCR, statuses, events, idempotence, reconciliation and ledger. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class PaymentsIT {

    private static final String FINANCE = TestTokens.finance(KUSTLAND);
    private static final LocalDate BOOKED = LocalDate.now();

    @Inject
    TestSql sql;

    @Inject
    Overdue overdue;

    @Inject
    InvoicingFacts facts;

    @Test
    void a_camt054_file_pays_in_full_and_in_part_lists_the_unknown_and_changes_nothing_when_imported_again() {
        JsonPath full = invoice(VERKSTAD, "PRIVATE");
        JsonPath part = invoice(VERKSTAD, "PRIVATE");
        String camt = BankFiles.camt054(
                BOOKED,
                List.of(
                        new Incoming(
                                unique("A"),
                                full.getString("ocr"),
                                full.getString("total.amount"),
                                "Verkstadsbolaget Nord AB"),
                        new Incoming(unique("B"), part.getString("ocr"), "5000.00", "Verkstadsbolaget Nord AB"),
                        new Incoming(unique("C"), "1234567890", "999.00", "Någon annan")));

        importFile(camt, "application/xml")
                .body("read", equalTo(3))
                .body("matched", equalTo(2))
                .body("unmatched", equalTo(1))
                .body("alreadySeen", equalTo(0))
                .body("format", equalTo("CAMT054"));

        as(FINANCE)
                .get("/invoices/{id}", full.getString("id"))
                .then()
                .body("status", equalTo("PAID"))
                .body("open.amount", equalTo("0.00"));
        as(FINANCE)
                .get("/invoices/{id}", part.getString("id"))
                .then()
                .body("status", equalTo("PARTIALLY_PAID"))
                .body("paid.amount", equalTo("5000.00"))
                .body("open.amount", equalTo("13750.00"));
        JsonPath unmatched = as(FINANCE)
                .queryParam("status", "UNMATCHED")
                .get("/payments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(unmatched.getList("items.reference")).contains("1234567890");

        JsonNode matched = EventAssertions.assertValidEvent(Topics.json(Topics.await(
                        "invoicing.invoices",
                        r -> r.key().equals(full.getString("id")) && r.value().contains("PaymentMatched"),
                        1,
                        Duration.ofSeconds(20))
                .get(0)));
        assertThat(matched.at("/payload/amount/amount").asText()).isEqualTo(full.getString("total.amount"));
        assertThat(matched.at("/payload/manual").asBoolean()).isFalse();
        JsonNode paid = EventAssertions.assertValidEvent(Topics.json(Topics.await(
                        "invoicing.invoices",
                        r -> r.key().equals(full.getString("id")) && r.value().contains("InvoicePaid"),
                        1,
                        Duration.ofSeconds(20))
                .get(0)));
        assertThat(paid.at("/payload/paidOn").asText()).isEqualTo(BOOKED.toString());
        // Published in the order they happened, on the invoice's partition.
        assertThat(Topics.readAll("invoicing.invoices").stream()
                        .filter(r -> r.key().equals(full.getString("id")))
                        .map(r -> Topics.json(r).get("type").asText()))
                .containsExactly("InvoiceIssued", "PaymentMatched", "InvoicePaid");

        long payments = sql.count("select count(*) from payment");
        importFile(camt, "application/xml")
                .body("alreadySeen", equalTo(3))
                .body("matched", equalTo(0))
                .body("fileAlreadyImported", equalTo(true));
        // The same payments in another file (another notification of the same day) are recognised too.
        importFile(camt.replace("<MsgId>", "<MsgId>RESENT-"), "application/xml")
                .body("alreadySeen", equalTo(3))
                .body("matched", equalTo(0))
                .body("fileAlreadyImported", equalTo(false));
        assertThat(sql.count("select count(*) from payment")).isEqualTo(payments);
        as(FINANCE).get("/invoices/{id}", part.getString("id")).then().body("paid.amount", equalTo("5000.00"));
        assertThat(Topics.readAll("invoicing.invoices").stream()
                        .filter(r -> r.key().equals(full.getString("id"))
                                && r.value().contains("PaymentMatched")))
                .hasSize(1);
    }

    @Test
    void a_malformed_file_is_rejected_whole_with_the_place_at_fault_and_nothing_is_imported() {
        JsonPath invoice = invoice(VERKSTAD, "PRIVATE");
        String camt = BankFiles.camt054(
                BOOKED,
                List.of(
                        new Incoming(unique("A"), invoice.getString("ocr"), "100.00", "Verkstadsbolaget Nord AB"),
                        new Incoming(unique("B"), invoice.getString("ocr"), "1OO.00", "Verkstadsbolaget Nord AB")));
        long payments = sql.count("select count(*) from payment");

        as(FINANCE)
                .contentType("application/xml")
                .body(camt)
                .post("/payments/imports")
                .then()
                .statusCode(400)
                .contentType(containsString("problem+json"))
                .body("detail", containsString("'1OO.00' is not a decimal amount"))
                .body("errors[0].field", containsString("Amt at line"));
        as(FINANCE)
                .contentType("text/plain")
                .body("01BGMAX ...\r\n")
                .post("/payments/imports")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("line 1"));
        as(FINANCE)
                .contentType("application/xml")
                .body("")
                .post("/payments/imports")
                .then()
                .statusCode(400);

        assertThat(sql.count("select count(*) from payment")).isEqualTo(payments);
        as(FINANCE).get("/invoices/{id}", invoice.getString("id")).then().body("status", equalTo("OPEN"));
    }

    @Test
    void a_bgmax_file_is_matched_likewise_and_an_overpayment_is_shown() {
        JsonPath invoice = invoice(REGION, "MUNICIPALITY_OR_REGION");
        byte[] bgmax = BankFiles.bgMax(
                BOOKED, List.of(new Incoming(serial(), invoice.getString("ocr"), "20000.00", "Region Norr")));

        as(FINANCE)
                .contentType("text/plain; charset=ISO-8859-1")
                .body(bgmax)
                .post("/payments/imports")
                .then()
                .statusCode(200)
                .body("format", equalTo("BGMAX"))
                .body("matched", equalTo(1));

        as(FINANCE)
                .get("/invoices/{id}", invoice.getString("id"))
                .then()
                .body("status", equalTo("PAID"))
                .body("open.amount", equalTo("-1250.00"));
        JsonPath row = reconciliationRow(REGION, invoice.getString("agreement"));
        assertThat(row.getString("overpaid.amount")).isEqualTo("1250.00");
        assertThat(row.getString("open.amount")).isEqualTo("0.00");
    }

    @Test
    void finance_allocates_an_unmatched_payment_by_hand_once_and_only_to_its_own_invoices() {
        JsonPath invoice = invoice(VERKSTAD, "PRIVATE");
        importFile(
                        BankFiles.camt054(
                                BOOKED,
                                List.of(new Incoming(
                                        unique("M"),
                                        "RF18539007547034",
                                        invoice.getString("total.amount"),
                                        "Verkstadsbolaget Nord AB"))),
                        "application/xml")
                .body("unmatched", equalTo(1));
        String payment = sql.string(
                "select cast(id as varchar) from payment where reference = ? order by booking_date desc limit 1",
                "RF18539007547034");

        as(TestTokens.finance(NORRDAL))
                .contentType("application/json")
                .body("{\"invoiceId\":\"" + invoice.getString("id") + "\"}")
                .post("/payments/{id}/allocate", payment)
                .then()
                .statusCode(404);
        as(FINANCE)
                .contentType("application/json")
                .body("{\"invoiceId\":\"" + UUID.randomUUID() + "\"}")
                .post("/payments/{id}/allocate", payment)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("invoiceId"));
        as(FINANCE)
                .contentType("application/json")
                .body("{}")
                .post("/payments/{id}/allocate", payment)
                .then()
                .statusCode(400);
        as(TestTokens.employer(VERKSTAD))
                .contentType("application/json")
                .body("{\"invoiceId\":\"" + invoice.getString("id") + "\"}")
                .post("/payments/{id}/allocate", payment)
                .then()
                .statusCode(403);

        as(FINANCE)
                .contentType("application/json")
                .body("{\"invoiceId\":\"" + invoice.getString("id") + "\"}")
                .post("/payments/{id}/allocate", payment)
                .then()
                .statusCode(200)
                .body("status", equalTo("MATCHED"))
                .body("manual", equalTo(true));
        as(FINANCE)
                .contentType("application/json")
                .body("{\"invoiceId\":\"" + invoice.getString("id") + "\"}")
                .post("/payments/{id}/allocate", payment)
                .then()
                .statusCode(409);
        as(FINANCE)
                .get("/payments/{id}", payment)
                .then()
                .statusCode(200)
                .body("status", equalTo("MATCHED"))
                .body("invoiceId", equalTo(invoice.getString("id")))
                .body("reference", equalTo("RF18539007547034"));
        as(TestTokens.finance(NORRDAL)).get("/payments/{id}", payment).then().statusCode(404);
        as(TestTokens.employer(VERKSTAD)).get("/payments/{id}", payment).then().statusCode(403);

        as(FINANCE).get("/invoices/{id}", invoice.getString("id")).then().body("status", equalTo("PAID"));
        JsonNode matched = EventAssertions.assertValidEvent(Topics.json(Topics.await(
                        "invoicing.invoices",
                        r -> r.key().equals(invoice.getString("id"))
                                && r.value().contains("PaymentMatched"),
                        1,
                        Duration.ofSeconds(20))
                .get(0)));
        assertThat(matched.at("/payload/manual").asBoolean()).isTrue();
    }

    @Test
    void a_partly_paid_invoice_past_due_becomes_overdue_for_what_is_left() {
        JsonPath invoice = invoice(VERKSTAD, "PRIVATE");
        importFile(
                BankFiles.camt054(
                        BOOKED,
                        List.of(new Incoming(
                                unique("P"), invoice.getString("ocr"), "8750.00", "Verkstadsbolaget Nord AB"))),
                "application/xml");

        overdue.markOverdue(LocalDate.parse(invoice.getString("dueDate")).plusDays(1));

        as(FINANCE).get("/invoices/{id}", invoice.getString("id")).then().body("status", equalTo("OVERDUE"));
        JsonNode event = Topics.json(Topics.await(
                        "invoicing.invoices",
                        r -> r.key().equals(invoice.getString("id"))
                                && r.value().contains("InvoiceOverdue"),
                        1,
                        Duration.ofSeconds(20))
                .get(0));
        assertThat(event.at("/payload/open/amount").asText()).isEqualTo("10000.00");
        assertThat(reconciliationRow(VERKSTAD, invoice.getString("agreement")).getString("overdue.amount"))
                .isEqualTo("10000.00");
    }

    @Test
    void reconciliation_before_and_after_payment_and_a_balanced_sie4_export() {
        JsonPath invoice = invoice(VERKSTAD, "PRIVATE");
        String agreement = invoice.getString("agreement");
        JsonPath before = reconciliationRow(VERKSTAD, agreement);
        assertThat(before.getString("invoiced.amount")).isEqualTo("18750.00");
        assertThat(before.getString("open.amount")).isEqualTo("18750.00");
        assertThat(before.getString("paid.amount")).isEqualTo("0.00");

        importFile(
                BankFiles.camt054(
                        BOOKED,
                        List.of(
                                new Incoming(
                                        unique("R"), invoice.getString("ocr"), "18750.00", "Verkstadsbolaget Nord AB"),
                                new Incoming(unique("U"), "55555", "10.00", "Okänd"))),
                "application/xml");

        JsonPath after = reconciliationRow(VERKSTAD, agreement);
        assertThat(after.getString("paid.amount")).isEqualTo("18750.00");
        assertThat(after.getString("open.amount")).isEqualTo("0.00");
        as(FINANCE)
                .get("/reconciliation")
                .then()
                .statusCode(200)
                .body("unmatchedPayments.reference", Matchers.hasItem("55555"));
        as(TestTokens.finance(NORRDAL))
                .get("/reconciliation")
                .then()
                .statusCode(200)
                .body("buyers.agreement", Matchers.not(Matchers.hasItem(agreement)));
        as(TestTokens.employer(VERKSTAD)).get("/reconciliation").then().statusCode(403);

        byte[] sie = as(FINANCE)
                .queryParam("from", BOOKED.withDayOfYear(1).toString())
                .queryParam("to", BOOKED.withDayOfYear(BOOKED.lengthOfYear()).toString())
                .get("/exports/sie4")
                .then()
                .statusCode(200)
                .contentType(containsString("IBM437"))
                .extract()
                .asByteArray();
        String text = new String(sie, Charset.forName("IBM437"));
        assertThat(text)
                .startsWith("#FLAGGA 0")
                .contains("#SIETYP 4", "#ORGNR 202100-1231", "Faktura " + invoice.getString("number"))
                // The receivable is booked on the buyer (the customer dimension) and its order number.
                .contains(
                        "#DIM 8 \"Kund\"",
                        "#DIM 20 \"Beställarens ordernummer\"",
                        "#OBJEKT 8 \"5566778808\" \"5566778808\"",
                        "#OBJEKT 20 \"PO-2027-0042\" \"PO-2027-0042\"",
                        "#TRANS 1510 {8 \"5566778808\" 20 \"PO-2027-0042\"} 18750.00");
        assertVouchersBalance(text);
        as(FINANCE)
                .queryParam("from", "2027-01-01")
                .queryParam("to", "2028-01-01")
                .get("/exports/sie4")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }

    /** Every #VER's transactions sum to zero. */
    private static void assertVouchersBalance(String sie) {
        BigDecimal sum = null;
        int vouchers = 0;
        for (String line : sie.split("\r\n")) {
            if (line.equals("{")) {
                sum = BigDecimal.ZERO;
            } else if (line.trim().startsWith("#TRANS")) {
                // #TRANS account {objects} amount: the amount follows the object list, which may hold spaces.
                String afterObjects = line.substring(line.indexOf('}') + 1).trim();
                sum = sum.add(new BigDecimal(afterObjects.split(" ")[0]));
            } else if (line.equals("}")) {
                assertThat(sum).isEqualByComparingTo("0");
                vouchers++;
            }
        }
        assertThat(vouchers).isPositive();
    }

    private JsonPath reconciliationRow(String buyer, String agreement) {
        JsonPath all = as(FINANCE)
                .get("/reconciliation")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> rows = all.getList("buyers");
        int index = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (agreement.equals(rows.get(i).get("agreement"))
                    && buyer.equals(rows.get(i).get("buyer"))) {
                index = i;
            }
        }
        assertThat(index)
                .as("a row for buyer %s and agreement %s", buyer, agreement)
                .isNotNegative();
        return all.setRootPath("buyers[" + index + "]");
    }

    private ValidatableResponse importFile(String body, String contentType) {
        return as(FINANCE)
                .contentType(contentType)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post("/payments/imports")
                .then()
                .statusCode(200);
    }

    /** One invoice of 15 000 SEK net to the buyer. */
    private JsonPath invoice(String buyer, String buyerType) {
        UUID agreement = facts.agreement(buyer, buyerType, "CONFIRMATION");
        UUID order = UUID.randomUUID();
        send(enrolment("EnrolmentConfirmed", agreement, order, buyer, "CONFIRMED"));
        return facts.awaitInvoices(FINANCE, order, 1).setRootPath("items[0]");
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    private static String serial() {
        return Long.toString(System.nanoTime() % 1_000_000_000_000L);
    }
}
