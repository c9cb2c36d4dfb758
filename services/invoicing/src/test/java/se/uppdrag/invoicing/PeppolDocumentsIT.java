package se.uppdrag.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static se.uppdrag.invoicing.InvoicingFacts.AGENCY;
import static se.uppdrag.invoicing.InvoicingFacts.KUSTLAND;
import static se.uppdrag.invoicing.InvoicingFacts.REGION;
import static se.uppdrag.invoicing.InvoicingFacts.SCHOOL;
import static se.uppdrag.invoicing.InvoicingFacts.VERKSTAD;
import static se.uppdrag.invoicing.InvoicingFacts.cancelled;
import static se.uppdrag.invoicing.InvoicingFacts.enrolment;
import static se.uppdrag.invoicing.InvoicingFacts.ofOrder;
import static se.uppdrag.invoicing.InvoicingFacts.send;
import static se.uppdrag.testsupport.Api.as;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.xml.XmlPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.uppdrag.invoicing.service.InvoicePdf;
import se.uppdrag.testsupport.PeppolRules;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestTokens;
import se.uppdrag.testsupport.Topics;

/** Every kind of document the service issues, fetched as UBL and run through the official Peppol rules. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class PeppolDocumentsIT {

    private static final String FINANCE = TestTokens.finance(KUSTLAND);

    @Inject
    InvoicingFacts facts;

    @Test
    void an_invoice_to_a_company_is_valid_peppol_with_standard_vat_bankgiro_and_ocr() {
        JsonPath invoice = invoiceFor(VERKSTAD, "PRIVATE");
        String ubl = ubl("/invoices/{id}", invoice.getString("id"), FINANCE);

        assertThat(PeppolRules.errors(ubl)).isEmpty();
        XmlPath xml = new XmlPath(ubl);
        assertThat(xml.getString("Invoice.ID")).isEqualTo(invoice.getString("number"));
        assertThat(xml.getString("Invoice.InvoiceTypeCode")).isEqualTo("380");
        assertThat(xml.getString("Invoice.BuyerReference")).isEqualTo("HR-4711");
        // The employer's own order number and cost centre, as it ordered, route and book the invoice at its end.
        assertThat(xml.getString("Invoice.OrderReference.ID")).isEqualTo("PO-2027-0042");
        assertThat(xml.getString("Invoice.AccountingCost")).isEqualTo("KS-4410");
        assertThat(invoice.getString("orderReference")).isEqualTo("PO-2027-0042");
        assertThat(invoice.getString("accountingCost")).isEqualTo("KS-4410");
        assertThat(xml.getList("Invoice.InvoiceLine.AccountingCost")).containsExactly("KS-4410", "KS-4410");
        assertThat(xml.getString("Invoice.TaxTotal.TaxSubtotal.TaxCategory.ID")).isEqualTo("S");
        assertThat(xml.getString("Invoice.TaxTotal.TaxSubtotal.TaxCategory.Percent"))
                .isEqualTo("25");
        assertThat(xml.getString("Invoice.PaymentMeans.PaymentID")).isEqualTo(invoice.getString("ocr"));
        assertThat(xml.getString("Invoice.PaymentMeans.PayeeFinancialAccount.ID"))
                .isEqualTo("50501055");
        assertThat(xml.getString("Invoice.AccountingSupplierParty.Party.PartyTaxScheme.CompanyID"))
                .isEqualTo("SE" + KUSTLAND + "01");
        assertThat(xml.getString("Invoice.LegalMonetaryTotal.PayableAmount"))
                .isEqualTo(invoice.getString("total.amount"));
        // Finance finds it by the buyer's order number, as the buyer quotes it when it calls.
        as(FINANCE)
                .queryParam("q", "po-2027-0042")
                .get("/invoices")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(invoice.getString("id")));
        // The employer reads the same document.
        assertThat(ubl("/invoices/{id}", invoice.getString("id"), TestTokens.employer(VERKSTAD)))
                .isEqualTo(ubl);
    }

    @Test
    void the_rules_do_catch_a_broken_document() {
        String ubl = ubl("/invoices/{id}", invoiceFor(VERKSTAD, "PRIVATE").getString("id"), FINANCE);
        // Swedish rule SE-R-006: category S only at 25, 12 or 6 %; and the totals would no longer add up.
        assertThat(PeppolRules.errors(ubl.replace("<cbc:Percent>25</cbc:Percent>", "<cbc:Percent>24</cbc:Percent>")))
                .isNotEmpty();
        assertThat(PeppolRules.errors(ubl.replaceFirst("<cbc:BuyerReference>HR-4711</cbc:BuyerReference>", "")
                        .replaceFirst("<cac:OrderReference>.*?</cac:OrderReference>", "")))
                .isNotEmpty();
    }

    @Test
    void an_order_without_the_employers_references_is_invoiced_under_the_platforms_order_id() {
        UUID agreement = facts.agreement(VERKSTAD, "PRIVATE", "CONFIRMATION");
        UUID order = UUID.randomUUID();
        ObjectNode confirmed = enrolment("EnrolmentConfirmed", agreement, order, VERKSTAD, "CONFIRMED");
        ((ObjectNode) confirmed.get("payload")).without(List.of("orderReference", "costCentre"));
        send(confirmed);
        JsonPath invoice = facts.awaitInvoices(FINANCE, order, 1).setRootPath("items[0]");
        String ubl = ubl("/invoices/{id}", invoice.getString("id"), FINANCE);

        assertThat(PeppolRules.errors(ubl)).isEmpty();
        XmlPath xml = new XmlPath(ubl);
        assertThat(xml.getString("Invoice.OrderReference.ID")).isEqualTo(order.toString());
        assertThat(ubl).doesNotContain("AccountingCost");

        // Its cancellation is credited the same way: no cost centre on the credit note either.
        send(cancelled(confirmed, "0.00"));
        String noteId = creditNoteOf(invoice.getString("id"));
        String note = ubl("/credit-notes/{id}", noteId, FINANCE);
        assertThat(PeppolRules.errors(note)).isEmpty();
        assertThat(note).doesNotContain("AccountingCost");
    }

    @Test
    void seats_charged_to_different_cost_centres_say_so_on_their_lines_and_a_credit_repeats_its_line() {
        UUID agreement = facts.agreement(VERKSTAD, "PRIVATE", "CONFIRMATION");
        UUID order = UUID.randomUUID();
        ObjectNode workshop = ofOrder(2, enrolment("EnrolmentConfirmed", agreement, order, VERKSTAD, "CONFIRMED"));
        ObjectNode design = ofOrder(2, enrolment("EnrolmentConfirmed", agreement, order, VERKSTAD, "CONFIRMED"));
        ((ObjectNode) design.get("payload")).put("costCentre", "KS-5000");
        send(workshop);
        send(design);
        JsonPath invoice = facts.awaitInvoices(FINANCE, order, 1).setRootPath("items[0]");
        String ubl = ubl("/invoices/{id}", invoice.getString("id"), FINANCE);

        assertThat(PeppolRules.errors(ubl)).isEmpty();
        XmlPath xml = new XmlPath(ubl);
        // No one cost centre for the whole invoice: each line says its own.
        assertThat(xml.getString("Invoice.AccountingCost")).isEmpty();
        assertThat(invoice.getString("accountingCost")).isNull();
        assertThat(xml.getList("Invoice.InvoiceLine.AccountingCost")).containsExactlyInAnyOrder("KS-4410", "KS-5000");
        String designSeat = design.at("/payload/enrolmentId").asText();
        assertThat(invoice.getString("lines.find { it.enrolmentId == '" + designSeat + "' }.accountingCost"))
                .isEqualTo("KS-5000");

        // A substitute charged elsewhere takes the seat after it was billed; cancelling it credits the line as billed.
        ObjectNode substituted = design.deepCopy();
        substituted.put("eventId", UUID.randomUUID().toString()).put("type", "ParticipantSubstituted");
        ObjectNode seat = (ObjectNode) substituted.get("payload");
        seat.set("previousParticipant", seat.get("participant").deepCopy());
        seat.put("costCentre", "KS-6000").remove("confirmedOn");
        send(substituted);
        ObjectNode cancelled = cancelled(substituted, "0.00");
        ((ObjectNode) cancelled.get("payload")).remove("previousParticipant");
        send(cancelled);
        String noteId = creditNoteOf(invoice.getString("id"));
        String note = ubl("/credit-notes/{id}", noteId, FINANCE);
        assertThat(PeppolRules.errors(note)).isEmpty();
        assertThat(new XmlPath(note).getList("CreditNote.CreditNoteLine.AccountingCost"))
                .containsExactly("KS-5000");
    }

    @Test
    void an_invoice_and_its_credit_note_read_as_a_pdf_with_what_paying_needs() throws Exception {
        UUID agreement = facts.agreement(VERKSTAD, "PRIVATE", "CONFIRMATION");
        UUID order = UUID.randomUUID();
        ObjectNode confirmed = ofOrder(1, enrolment("EnrolmentConfirmed", agreement, order, VERKSTAD, "CONFIRMED"));
        send(confirmed);
        JsonPath invoice = facts.awaitInvoices(FINANCE, order, 1).setRootPath("items[0]");

        String text = pdfText("/invoices/{id}", invoice.getString("id"), TestTokens.employer(VERKSTAD));
        assertThat(text)
                .contains("Faktura " + invoice.getString("number"))
                .contains("Verkstadsbolaget Nord AB")
                .contains("Att betala")
                .contains(InvoicePdf.kr(new BigDecimal(invoice.getString("total.amount"))))
                .contains("bankgiro 5050-1055")
                .contains("OCR-nummer " + invoice.getString("ocr"))
                .contains("PO-2027-0042");
        // Another employer does not get it in any form.
        as(TestTokens.employer(REGION))
                .accept("application/pdf")
                .get("/invoices/{id}", invoice.getString("id"))
                .then()
                .statusCode(404);

        send(cancelled(confirmed, "0.00"));
        String note = pdfText("/credit-notes/{id}", creditNoteOf(invoice.getString("id")), FINANCE);
        assertThat(note).contains("Kreditfaktura").contains("Krediterar faktura " + invoice.getString("number"));
    }

    private static String pdfText(String path, String id, String token) throws IOException {
        byte[] pdf = as(token)
                .accept("application/pdf")
                .get(path, id)
                .then()
                .statusCode(200)
                .contentType(containsString("application/pdf"))
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void an_invoice_to_a_state_agency_is_valid_peppol_outside_the_scope_of_vat_without_vat_numbers() {
        String ubl = ubl("/invoices/{id}", invoiceFor(AGENCY, "STATE_AGENCY").getString("id"), FINANCE);

        assertThat(PeppolRules.errors(ubl)).isEmpty();
        XmlPath xml = new XmlPath(ubl);
        assertThat(xml.getString("Invoice.TaxTotal.TaxSubtotal.TaxCategory.ID")).isEqualTo("O");
        assertThat(xml.getString("Invoice.TaxTotal.TaxSubtotal.TaxCategory.TaxExemptionReasonCode"))
                .isEqualTo("VATEX-EU-O");
        assertThat(ubl).doesNotContain("PartyTaxScheme");
    }

    @Test
    void an_invoice_to_a_configured_buyer_of_exempt_education_is_valid_peppol_in_category_e() {
        JsonPath invoice = invoiceFor(SCHOOL, "MUNICIPALITY_OR_REGION");
        assertThat(invoice.getString("taxCategory")).isEqualTo("E");
        assertThat(invoice.getString("vat.amount")).isEqualTo("0.00");
        String ubl = ubl("/invoices/{id}", invoice.getString("id"), FINANCE);

        assertThat(PeppolRules.errors(ubl)).isEmpty();
        XmlPath xml = new XmlPath(ubl);
        assertThat(xml.getString("Invoice.TaxTotal.TaxSubtotal.TaxCategory.TaxExemptionReasonCode"))
                .isEqualTo("VATEX-EU-132-1I");
        assertThat(xml.getString("Invoice.TaxTotal.TaxSubtotal.TaxCategory.TaxExemptionReason"))
                .isNotBlank();
    }

    @Test
    void a_credit_note_is_valid_peppol_and_refers_to_the_invoice_it_corrects() {
        UUID agreement = facts.agreement(VERKSTAD, "PRIVATE", "CONFIRMATION");
        UUID order = UUID.randomUUID();
        ObjectNode confirmed = enrolment("EnrolmentConfirmed", agreement, order, VERKSTAD, "CONFIRMED");
        send(confirmed);
        JsonPath invoice = facts.awaitInvoices(FINANCE, order, 1).setRootPath("items[0]");
        send(cancelled(confirmed, "3750.00"));
        String noteId = creditNoteOf(invoice.getString("id"));

        String ubl = ubl("/credit-notes/{id}", noteId, FINANCE);

        assertThat(PeppolRules.errors(ubl)).isEmpty();
        XmlPath xml = new XmlPath(ubl);
        assertThat(xml.getString("CreditNote.CreditNoteTypeCode")).isEqualTo("381");
        assertThat(xml.getString("CreditNote.BillingReference.InvoiceDocumentReference.ID"))
                .isEqualTo(invoice.getString("number"));
        assertThat(xml.getString("CreditNote.LegalMonetaryTotal.TaxExclusiveAmount"))
                .isEqualTo("11250.00");
        // A credit note is not an invoice: the invoice address does not serve it.
        as(FINANCE)
                .accept("application/xml")
                .get("/invoices/{id}", noteId)
                .then()
                .statusCode(404)
                .contentType(containsString("problem+json"));
    }

    private JsonPath invoiceFor(String buyer, String buyerType) {
        UUID agreement = facts.agreement(buyer, buyerType, "CONFIRMATION");
        UUID order = UUID.randomUUID();
        send(enrolment("EnrolmentConfirmed", agreement, order, buyer, "CONFIRMED"));
        send(enrolment("EnrolmentConfirmed", agreement, order, buyer, "CONFIRMED"));
        return facts.awaitInvoices(FINANCE, order, 1).setRootPath("items[0]");
    }

    private static String ubl(String path, String id, String token) {
        return as(token)
                .accept("application/xml")
                .get(path, id)
                .then()
                .statusCode(200)
                .contentType(containsString("application/xml"))
                .extract()
                .asString();
    }

    /** The id of the credit note issued for the invoice, from its event. */
    private static String creditNoteOf(String invoiceId) {
        return Topics.json(Topics.await(
                                "invoicing.invoices",
                                r -> r.key().equals(invoiceId) && r.value().contains("CreditNoteIssued"),
                                1,
                                Duration.ofSeconds(20))
                        .get(0))
                .at("/payload/creditNoteId")
                .asText();
    }
}
