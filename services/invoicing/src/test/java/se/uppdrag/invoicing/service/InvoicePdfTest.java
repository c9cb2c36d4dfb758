package se.uppdrag.invoicing.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.uppdrag.contracts.agreement.AgreementTerms;
import se.uppdrag.invoicing.domain.Invoice;
import se.uppdrag.invoicing.domain.InvoiceKind;
import se.uppdrag.invoicing.domain.InvoiceLine;

class InvoicePdfTest {

    private final InvoicePdf pdf = new InvoicePdf();

    @Test
    void a_long_invoice_runs_onto_more_pages_and_keeps_its_totals_and_payment() throws IOException {
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            lines.add(line(i, "Commissioned education: Participant " + i + " (E-" + i + ")", "KS-" + (i % 3)));
        }
        try (PDDocument document = Loader.loadPDF(pdf.write(invoice(), lines, null))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Faktura 2021001231-000042")
                    .contains("Participant 80")
                    .contains("Kostnadsställe: KS-2")
                    .contains("Att betala 1 500 000,00 kr")
                    .contains("bankgiro 5050-1055 med OCR-nummer 4200000000017");
        }
    }

    @Test
    void a_name_the_standard_fonts_cannot_draw_does_not_stop_the_document() throws IOException {
        List<InvoiceLine> lines =
                List.of(line(1, "Commissioned education: Zoë Ångström 张伟 \uD83D\uDE00 (E-1)\tnew\nline", null));
        try (PDDocument document = Loader.loadPDF(pdf.write(invoice(), lines, null))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Zoë Ångström ?? ??");
        }
    }

    @Test
    void amounts_read_the_swedish_way() {
        assertThat(InvoicePdf.kr(new BigDecimal("18750.00"))).isEqualTo("18 750,00 kr");
        assertThat(InvoicePdf.kr(new BigDecimal("-9375.5"))).isEqualTo("-9 375,50 kr");
    }

    private static Invoice invoice() {
        Invoice d = new Invoice();
        d.id = UUID.randomUUID();
        d.kind = InvoiceKind.INVOICE;
        d.number = "2021001231-000042";
        d.seller = "2021001231";
        d.buyer = "5566778808";
        d.issueDate = LocalDate.of(2027, 1, 5);
        d.dueDate = LocalDate.of(2027, 2, 4);
        d.ocr = "4200000000017";
        d.orderReference = "PO-2027-0042";
        d.taxCategory = "S";
        d.vatPercent = new BigDecimal("25.00");
        d.net = new BigDecimal("1200000.00");
        d.vat = new BigDecimal("300000.00");
        d.total = new BigDecimal("1500000.00");
        AgreementTerms.Address address = new AgreementTerms.Address("Strandvägen 1", "85170", "Kustby", "SE");
        d.parties = new Invoice.Parties(
                new AgreementTerms.Party(
                        "2021001231", "Kustlands högskola", null, address, "0007:2021001231", "5050-1055"),
                new AgreementTerms.Party("5566778808", "Verkstadsbolaget Nord AB", "PRIVATE", address, null, null));
        return d;
    }

    private static InvoiceLine line(int number, String description, String costCentre) {
        InvoiceLine line = new InvoiceLine();
        line.lineNo = number;
        line.enrolmentId = UUID.randomUUID();
        line.lineKind = InvoiceLine.PRICE;
        line.description = description;
        line.amount = new BigDecimal("15000.00");
        line.accountingCost = costCentre;
        return line;
    }
}
