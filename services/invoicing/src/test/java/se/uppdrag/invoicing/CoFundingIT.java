package se.uppdrag.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static se.uppdrag.invoicing.InvoicingFacts.FUND;
import static se.uppdrag.invoicing.InvoicingFacts.KUSTLAND;
import static se.uppdrag.invoicing.InvoicingFacts.REGION;
import static se.uppdrag.invoicing.InvoicingFacts.VERKSTAD;
import static se.uppdrag.invoicing.InvoicingFacts.cancelled;
import static se.uppdrag.invoicing.InvoicingFacts.completed;
import static se.uppdrag.invoicing.InvoicingFacts.enrolment;
import static se.uppdrag.invoicing.InvoicingFacts.notCompleted;
import static se.uppdrag.invoicing.InvoicingFacts.ofOrder;
import static se.uppdrag.invoicing.InvoicingFacts.send;
import static se.uppdrag.testsupport.Api.as;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.xml.XmlPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppdrag.testsupport.PeppolRules;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.TestTokens;

/**
 * Co-funded orders under each of the three schemes an agreement's terms may carry, from enrolment facts on the real
 * topic to the documents, every one of them run through the official Peppol rules.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class CoFundingIT {

    private static final String FINANCE = TestTokens.finance(KUSTLAND);
    private static final String HR = TestTokens.employer(VERKSTAD);

    @Inject
    InvoicingFacts facts;

    @Inject
    TestSql sql;

    @Test
    void the_employer_pays_its_share_and_the_funder_its_own_for_those_who_complete() {
        UUID agreement = facts.fundedAgreement(
                VERKSTAD,
                "CONFIRMATION",
                Map.of(
                        "model", "FUNDER_INVOICED",
                        "sharePercent", 50,
                        "capPerParticipant", Map.of("amount", "6000.00", "currency", "SEK"),
                        "condition", "COMPLETION",
                        "funderReference", "OF-2027-118"));
        UUID order = UUID.randomUUID();
        ObjectNode anna = ofOrder(2, enrolment("EnrolmentConfirmed", agreement, order, VERKSTAD, "CONFIRMED"));
        ObjectNode bo = ofOrder(2, enrolment("EnrolmentConfirmed", agreement, order, VERKSTAD, "CONFIRMED"));
        send(anna);
        send(bo);

        // The employer's invoice: each seat's 15 000 less the funder's share, half capped at 6 000.
        JsonPath employers = facts.awaitInvoices(FINANCE, order, 1).setRootPath("items[0]");
        assertThat(employers.getString("buyer")).isEqualTo(VERKSTAD);
        assertThat(employers.getList("lines.amount.amount")).containsExactly("9000.00", "9000.00");
        assertThat(employers.getString("net.amount")).isEqualTo("18000.00");
        assertThat(employers.getString("funding.model")).isEqualTo("FUNDER_INVOICED");
        assertValidPeppol("/invoices/{id}", employers.getString("id"));

        // Anna completes, Bo does not: the fund is invoiced Anna's share, the employer Bo's.
        send(completed(anna));
        send(notCompleted(bo));
        await().atMost(Duration.ofSeconds(30)).until(() -> facts.invoiceCount(order) == 3);
        JsonPath funders = invoice(order, FUND);
        assertThat(funders.getString("fundedEmployer")).isEqualTo(VERKSTAD);
        assertThat(funders.getString("buyerReference")).isEqualTo("OF-2027-118");
        assertThat(funders.getString("parties.buyer.name")).isEqualTo("Omställningsfonden");
        assertThat(funders.getList("lines.kind")).containsExactly("FUNDED_SHARE");
        assertThat(funders.getList("lines.enrolmentId")).containsExactly(seat(anna));
        assertThat(funders.getString("total.amount")).isEqualTo("7500.00");
        String ubl = assertValidPeppol("/invoices/{id}", funders.getString("id"));
        XmlPath xml = new XmlPath(ubl);
        assertThat(xml.getString("Invoice.AccountingCustomerParty.Party.EndpointID"))
                .isEqualTo(FUND);
        assertThat(xml.getString("Invoice.BuyerReference")).isEqualTo("OF-2027-118");

        JsonPath unfunded = as(FINANCE)
                .queryParam("order", order.toString())
                .queryParam("buyer", VERKSTAD)
                .get("/invoices")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .setRootPath("items.find { it.id != '" + employers.getString("id") + "' }");
        assertThat(unfunded.getList("lines.kind")).containsExactly("UNFUNDED_SHARE");
        assertThat(unfunded.getList("lines.enrolmentId")).containsExactly(seat(bo));
        assertThat(unfunded.getString("net.amount")).isEqualTo("6000.00");
        assertValidPeppol("/invoices/{id}", unfunded.getString("id"));

        // The employer sees its own two invoices, not the fund's; the fund's is in reconciliation as a buyer of its
        // own.
        as(HR).queryParam("order", order.toString())
                .get("/invoices")
                .then()
                .statusCode(200)
                .body("items.buyer", everyItem(equalTo(VERKSTAD)));
        as(HR).get("/invoices/{id}", funders.getString("id")).then().statusCode(404);
        as(FINANCE).get("/reconciliation").then().statusCode(200).body("buyers.buyer", hasItem(FUND));
    }

    @Test
    void a_cancellation_after_billing_credits_the_funder_and_bills_the_employer_the_fee_beyond_its_share() {
        UUID agreement =
                facts.fundedAgreement(VERKSTAD, "CONFIRMATION", Map.of("model", "FUNDER_INVOICED", "sharePercent", 40));
        UUID order = UUID.randomUUID();
        ObjectNode seat = ofOrder(1, enrolment("EnrolmentConfirmed", agreement, order, VERKSTAD, "CONFIRMED"));
        send(seat);
        // No condition: the fund is invoiced its 40 % (6 000) at once, beside the employer's 9 000.
        await().atMost(Duration.ofSeconds(30)).until(() -> facts.invoiceCount(order) == 2);
        JsonPath funders = invoice(order, FUND);
        assertThat(funders.getString("net.amount")).isEqualTo("6000.00");
        assertThat(invoice(order, VERKSTAD).getString("net.amount")).isEqualTo("9000.00");

        // Cancelled late, the whole price as fee: never funded, so the fund is credited and the employer owes 6 000
        // more.
        send(cancelled(seat, "15000.00"));
        await().atMost(Duration.ofSeconds(30)).until(() -> facts.invoiceCount(order) == 3);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> sql.count(
                                "select count(*) from invoice where credited_invoice_id = ?::uuid",
                                funders.getString("id"))
                        == 1);
        as(FINANCE)
                .get("/invoices/{id}", funders.getString("id"))
                .then()
                .statusCode(200)
                .body("status", equalTo("CREDITED"));
        String fundsCredit = sql.string(
                "select cast(id as varchar) from invoice where credited_invoice_id = ?::uuid", funders.getString("id"));
        String creditUbl = assertValidPeppol("/credit-notes/{id}", fundsCredit);
        assertThat(new XmlPath(creditUbl).getString("CreditNote.AccountingCustomerParty.Party.EndpointID"))
                .isEqualTo(FUND);
        JsonPath fees = as(FINANCE)
                .queryParam("order", order.toString())
                .queryParam("buyer", VERKSTAD)
                .get("/invoices")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .setRootPath("items.find { it.lines[0].kind == 'FEE' }");
        assertThat(fees.getString("net.amount")).isEqualTo("6000.00");
        assertValidPeppol("/invoices/{id}", fees.getString("id"));
    }

    @Test
    void the_employer_pays_in_full_and_gets_a_claim_pack_where_fees_are_not_fundable() {
        UUID agreement = facts.fundedAgreement(
                VERKSTAD,
                "CONFIRMATION",
                Map.of(
                        "model", "EMPLOYER_CLAIMS",
                        "sharePercent", 50,
                        "condition", "COMPLETION",
                        "funderReference", "OF-CLAIM-7",
                        "claimDeadlineDays", 90));
        UUID order = UUID.randomUUID();
        ObjectNode anna = ofOrder(2, enrolment("EnrolmentConfirmed", agreement, order, VERKSTAD, "CONFIRMED"));
        ObjectNode bo = ofOrder(2, enrolment("EnrolmentRequested", agreement, order, VERKSTAD, "PENDING"));
        send(anna);
        send(cancelled(bo, "3750.00"));
        await().atMost(Duration.ofSeconds(30)).until(() -> facts.invoiceCount(order) == 2);
        send(completed(anna));

        JsonPath seats = as(FINANCE)
                .queryParam("order", order.toString())
                .get("/invoices")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(seats.getList("items.lines.flatten().fundable")).containsExactlyInAnyOrder(true, false);
        for (String id : seats.<String>getList("items.id")) {
            String ubl = assertValidPeppol("/invoices/{id}", id);
            assertThat(ubl).contains("<cbc:Name>Fundable</cbc:Name>");
        }

        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        sql.count("select count(*) from billable where order_id = ? and status = 'COMPLETED'", order)
                                == 1);
        JsonPath pack = as(HR).queryParam("order", order.toString())
                .get("/claim-packs")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(pack.getList("lines.kind")).containsExactlyInAnyOrder("PRICE", "FEE");
        JsonPath price = pack.setRootPath("lines.find { it.kind == 'PRICE' }");
        assertThat(price.getString("enrolmentStatus")).isEqualTo("COMPLETED");
        assertThat(price.getBoolean("fundable")).isTrue();
        assertThat(price.getString("claimable.amount")).isEqualTo("7500.00");
        assertThat(price.getString("funderReference")).isEqualTo("OF-CLAIM-7");
        assertThat(price.getString("claimDeadline"))
                .isEqualTo(LocalDate.parse(price.getString("issueDate"))
                        .plusDays(90)
                        .toString());
        JsonPath fee = pack.setRootPath("lines.find { it.kind == 'FEE' }");
        assertThat(fee.getBoolean("fundable")).isFalse();
        assertThat(fee.getString("claimable.amount")).isEqualTo("0.00");
        assertThat(pack.setRootPath("").getString("claimableByFunder." + FUND + ".amount"))
                .isEqualTo("7500.00");

        String csv = as(HR).accept("text/csv")
                .queryParam("order", order.toString())
                .get("/claim-packs")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).startsWith("invoice_number,").contains(",PRICE,15000.00,0.00,yes,7500.00,8020016161,");

        // Another employer's pack holds none of it; finance has none to ask for.
        as(TestTokens.employer(REGION))
                .queryParam("order", order.toString())
                .get("/claim-packs")
                .then()
                .statusCode(200)
                .body("lines", empty());
        as(FINANCE).get("/claim-packs").then().statusCode(403);
        as(HR).queryParam("order", "not-a-uuid").get("/claim-packs").then().statusCode(400);
    }

    @Test
    void a_subsidy_is_an_allowance_on_the_invoice_and_counted_as_aid_received() {
        UUID agreement = facts.fundedAgreement(
                VERKSTAD,
                "CONFIRMATION",
                Map.of("model", "SUBSIDY", "sharePercent", 30, "funderReference", "ESF-2027-3"));
        UUID order = UUID.randomUUID();
        ObjectNode anna = ofOrder(2, enrolment("EnrolmentConfirmed", agreement, order, VERKSTAD, "CONFIRMED"));
        ObjectNode bo = ofOrder(2, enrolment("EnrolmentConfirmed", agreement, order, VERKSTAD, "CONFIRMED"));
        send(anna);
        send(bo);
        JsonPath invoice = facts.awaitInvoices(FINANCE, order, 1).setRootPath("items[0]");
        assertThat(invoice.getList("lines.grossAmount.amount")).containsExactly("15000.00", "15000.00");
        assertThat(invoice.getList("lines.allowance.amount")).containsExactly("4500.00", "4500.00");
        assertThat(invoice.getList("lines.amount.amount")).containsExactly("10500.00", "10500.00");
        assertThat(invoice.getString("total.amount")).isEqualTo("26250.00");
        XmlPath xml = new XmlPath(assertValidPeppol("/invoices/{id}", invoice.getString("id")));
        assertThat(xml.getList("Invoice.InvoiceLine.AllowanceCharge.Amount")).containsExactly("4500.00", "4500.00");
        assertThat(xml.getList("Invoice.InvoiceLine.Price.PriceAmount")).containsExactly("15000.00", "15000.00");
        assertThat(xml.getString("Invoice.InvoiceLine[0].AllowanceCharge.AllowanceChargeReason"))
                .isEqualTo("Subsidy from Omställningsfonden (ESF-2027-3)");

        // Bo cancels without a fee: credited his 10 500, and his subsidy is no aid received.
        send(cancelled(bo, "0.00"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> sql.count(
                                "select count(*) from invoice where credited_invoice_id = ?::uuid",
                                invoice.getString("id"))
                        == 1);
        JsonPath aid =
                as(HR).get("/reports/aid").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> ours = aid.getList("lines.findAll { it.orderId == '" + order + "' }");
        assertThat(ours).hasSize(2);
        JsonPath mine = aid.setRootPath("lines.find { it.enrolmentId == '" + seat(anna) + "' }");
        assertThat(mine.getString("fullPrice.amount")).isEqualTo("15000.00");
        assertThat(mine.getString("subsidy.amount")).isEqualTo("4500.00");
        assertThat(mine.getString("aid.amount")).isEqualTo("4500.00");
        assertThat(aid.setRootPath("lines.find { it.enrolmentId == '" + seat(bo) + "' }")
                        .getString("aid.amount"))
                .isEqualTo("0.00");
        String csv = as(HR).accept("text/csv")
                .get("/reports/aid")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv).startsWith("invoice_number,").contains(",15000.00,4500.00,4500.00," + FUND + ",");
    }

    private static String seat(ObjectNode enrolmentEvent) {
        return enrolmentEvent.at("/payload/enrolmentId").asText();
    }

    private static JsonPath invoice(UUID order, String buyer) {
        return as(FINANCE)
                .queryParam("order", order.toString())
                .queryParam("buyer", buyer)
                .get("/invoices")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .setRootPath("items[0]");
    }

    private static String assertValidPeppol(String path, String id) {
        String ubl = as(FINANCE)
                .accept("application/xml")
                .get(path, id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(PeppolRules.errors(ubl)).as(ubl).isEmpty();
        return ubl;
    }
}
