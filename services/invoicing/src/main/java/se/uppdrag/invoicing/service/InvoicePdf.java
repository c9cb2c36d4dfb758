package se.uppdrag.invoicing.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import se.uppdrag.contracts.agreement.AgreementTerms;
import se.uppdrag.invoicing.domain.Invoice;
import se.uppdrag.invoicing.domain.InvoiceLine;

/**
 * An invoice or credit note as a PDF for a person: for buyers without a Peppol endpoint, who cannot receive the
 * e-invoice. Swedish, A4, with what paying needs (amount, bankgiro, OCR reference, due date) where a reader looks for
 * it. The same facts as the e-invoice, which stays the document of record.
 */
@ApplicationScoped
public class InvoicePdf {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float RIGHT = WIDTH - MARGIN;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    public byte[] write(Invoice d, List<InvoiceLine> lines, Invoice credited) {
        try (PDDocument pdf = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(title(d));
            info.setAuthor(d.parties.seller().name());
            try (Pages pages = new Pages(pdf)) {
                write(pages, d, lines, credited);
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF of " + d.number, e);
        }
    }

    private static void write(Pages p, Invoice d, List<InvoiceLine> lines, Invoice credited) throws IOException {
        AgreementTerms.Party seller = d.parties.seller();
        AgreementTerms.Party buyer = d.parties.buyer();
        p.text(BOLD, 18, MARGIN, title(d));
        p.down(26);
        float top = p.y;
        p.text(BOLD, 10, MARGIN, "Säljare");
        p.down(14);
        for (String line : party(seller, !"O".equals(d.taxCategory))) {
            p.text(REGULAR, 10, MARGIN, line);
            p.down(13);
        }
        float left = p.y;
        p.y = top;
        float facts = WIDTH / 2 + 20;
        fact(p, facts, "Fakturadatum", d.issueDate.toString());
        if (d.dueDate != null) {
            fact(p, facts, "Förfallodag", d.dueDate.toString());
        }
        if (d.ocr != null) {
            fact(p, facts, "OCR-nummer", d.ocr);
        }
        if (d.buyerReference != null) {
            fact(p, facts, "Er referens", d.buyerReference);
        }
        if (d.orderReference != null) {
            fact(p, facts, "Ert ordernummer", d.orderReference);
        }
        if (d.accountingCost != null) {
            fact(p, facts, "Kostnadsställe", d.accountingCost);
        }
        if (credited != null) {
            fact(p, facts, "Krediterar faktura", credited.number);
        }
        p.y = Math.min(left, p.y) - 14;
        p.text(BOLD, 10, MARGIN, "Köpare");
        p.down(14);
        for (String line : party(buyer, false)) {
            p.text(REGULAR, 10, MARGIN, line);
            p.down(13);
        }
        p.down(16);
        p.text(BOLD, 10, MARGIN, "Beskrivning");
        p.right(BOLD, 10, RIGHT, "Belopp");
        p.down(6);
        p.rule();
        p.down(14);
        for (InvoiceLine line : lines) {
            p.room(30);
            for (String part : wrap(line.description, 85)) {
                p.text(REGULAR, 10, MARGIN, part);
                p.down(13);
            }
            p.up(13);
            p.right(REGULAR, 10, RIGHT, kr(line.grossAmount()));
            p.down(13);
            if (line.allowance != null) {
                // The subsidy as the buyer's aid: the full price, the allowance and the balance, each on its own row.
                p.text(REGULAR, 9, MARGIN + 10, drawable(PeppolUbl.subsidyReason(d)));
                p.right(REGULAR, 9, RIGHT, "-" + kr(line.allowance));
                p.down(12);
                p.text(REGULAR, 9, MARGIN + 10, "Att betala för raden");
                p.right(REGULAR, 9, RIGHT, kr(line.amount));
                p.down(12);
            }
            if (line.fundable != null) {
                p.text(
                        REGULAR,
                        8,
                        MARGIN + 10,
                        line.fundable ? "Stödberättigande kostnad" : "Ej stödberättigande kostnad");
                p.down(12);
            }
            if (line.accountingCost != null && d.accountingCost == null) {
                p.text(REGULAR, 8, MARGIN + 10, "Kostnadsställe: " + line.accountingCost);
                p.down(12);
            }
            p.down(3);
        }
        p.rule();
        p.down(16);
        p.room(60);
        total(p, REGULAR, "Netto", d.net);
        total(
                p,
                REGULAR,
                "S".equals(d.taxCategory)
                        ? "Moms " + d.vatPercent.stripTrailingZeros().toPlainString() + " %"
                        : "Ingen moms",
                d.vat);
        total(p, BOLD, d.isInvoice() ? "Att betala" : "Att återbetala", d.total);
        if (d.taxExemptionReason != null) {
            p.down(4);
            for (String part : wrap(d.taxExemptionReason, 95)) {
                p.text(REGULAR, 8, MARGIN, part);
                p.down(11);
            }
        }
        if (d.isInvoice()) {
            p.down(18);
            p.room(50);
            p.text(BOLD, 11, MARGIN, "Betalning");
            p.down(15);
            String bankgiro = seller.bankgiro() == null ? "" : seller.bankgiro();
            for (String part : wrap(
                    "Betala " + kr(d.total) + " till bankgiro " + bankgiro + " med OCR-nummer " + d.ocr
                            + (d.dueDate == null ? "." : " senast " + d.dueDate + "."),
                    95)) {
                p.text(REGULAR, 10, MARGIN, part);
                p.down(13);
            }
            p.text(REGULAR, 8, MARGIN, "Ange alltid OCR-numret, så kopplas betalningen till rätt faktura.");
        }
    }

    private static String title(Invoice d) {
        return (d.isInvoice() ? "Faktura " : "Kreditfaktura ") + d.number;
    }

    private static List<String> party(AgreementTerms.Party party, boolean vatNumber) {
        List<String> lines = new ArrayList<>();
        lines.add(party.name());
        if (party.address() != null) {
            lines.add(party.address().street());
            lines.add(party.address().postalCode() + " " + party.address().city());
        }
        lines.add("Org.nr " + party.orgNumber().substring(0, 6) + "-"
                + party.orgNumber().substring(6));
        if (vatNumber) {
            lines.add("Momsreg.nr SE" + party.orgNumber() + "01");
        }
        return lines;
    }

    private static void fact(Pages p, float x, String label, String value) throws IOException {
        p.text(REGULAR, 8, x, label);
        p.text(REGULAR, 10, x + 90, value);
        p.down(14);
    }

    private static void total(Pages p, PDType1Font font, String label, BigDecimal amount) throws IOException {
        p.right(font, 10, RIGHT - 110, label);
        p.right(font, 10, RIGHT, kr(amount));
        p.down(14);
    }

    public static String kr(BigDecimal amount) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("sv-SE"));
        symbols.setGroupingSeparator(' ');
        symbols.setMinusSign('-');
        return new DecimalFormat("#,##0.00", symbols).format(amount) + " kr";
    }

    /** Words onto lines of at most the given number of characters. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : (text == null ? "" : text).split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word.length() > width ? word.substring(0, width) : word);
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * Text the standard fonts can draw (WinAnsi: Latin-1, which Swedish needs, and a few more); anything else, such as
     * a name in another script, becomes '?' rather than failing the whole document.
     */
    static String drawable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u2013' || c == '\u2014') {
                out.append('-');
            } else if (Character.isISOControl(c)) {
                out.append(' ');
            } else {
                out.append(c <= 0xFF ? c : '?');
            }
        }
        return out.toString();
    }

    /** Writes down the pages, starting a new one when the next thing would not fit. */
    private static final class Pages implements AutoCloseable {
        private final PDDocument pdf;
        private PDPageContentStream content;
        float y;

        Pages(PDDocument pdf) throws IOException {
            this.pdf = pdf;
            newPage();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            content = new PDPageContentStream(pdf, page);
            y = HEIGHT - MARGIN;
        }

        void room(float needed) throws IOException {
            if (y - needed < MARGIN) {
                newPage();
            }
        }

        void down(float by) throws IOException {
            y -= by;
            if (y < MARGIN) {
                newPage();
            }
        }

        void up(float by) {
            y += by;
        }

        void text(PDType1Font font, float size, float x, String text) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(drawable(text == null ? "" : text));
            content.endText();
        }

        void right(PDType1Font font, float size, float x, String text) throws IOException {
            String shown = drawable(text);
            text(font, size, x - font.getStringWidth(shown) / 1000 * size, shown);
        }

        void rule() throws IOException {
            content.moveTo(MARGIN, y);
            content.lineTo(RIGHT, y);
            content.stroke();
        }

        @Override
        public void close() throws IOException {
            content.close();
        }
    }
}
