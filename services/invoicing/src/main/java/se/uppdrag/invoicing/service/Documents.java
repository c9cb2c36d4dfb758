package se.uppdrag.invoicing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import se.uppdrag.contracts.agreement.AgreementTerms;
import se.uppdrag.invoicing.domain.Invoice;
import se.uppdrag.invoicing.domain.InvoiceKind;
import se.uppdrag.invoicing.domain.InvoiceLine;
import se.uppdrag.invoicing.domain.InvoiceStatus;
import se.uppdrag.invoicing.domain.OcrReference;
import se.uppdrag.invoicing.domain.Vat;
import se.uppdrag.invoicing.repository.InvoiceRepository;

/**
 * Issues invoices and credit notes: the next number of the seller's series (gap-free: taken in the issuing
 * transaction, so a rollback gives it back), amounts rounded per line and VAT on the total per category, an OCR
 * reference, and the event. An issued document is never changed.
 */
@ApplicationScoped
public class Documents {

    private static final Logger LOG = Logger.getLogger(Documents.class);

    @Inject
    InvoiceRepository invoices;

    @Inject
    InvoiceEvents events;

    @Inject
    VatRules vatRules;

    @Inject
    Clock clock;

    @Inject
    Deliveries deliveries;

    /**
     * A line to bill or credit, with the buyer's cost centre for it (or null); a subsidy on it as an allowance (the
     * amount is after it) and, under a claim-back scheme, whether its funder's share may be claimed (both null: none).
     */
    public record Line(
            UUID enrolmentId,
            String kind,
            String description,
            BigDecimal amount,
            String accountingCost,
            BigDecimal allowance,
            Boolean fundable) {

        public Line(UUID enrolmentId, String kind, String description, BigDecimal amount, String accountingCost) {
            this(enrolmentId, kind, description, amount, accountingCost, null, null);
        }
    }

    /** The employer's own references for an order, as it ordered: either may be null. */
    public record OrderReferences(String orderReference, String costCentre) {

        public static final OrderReferences NONE = new OrderReferences(null, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Invoice invoice(AgreementTerms terms, UUID orderId, List<Line> lines) {
        return invoice(terms, orderId, OrderReferences.NONE, lines);
    }

    /** The employer's invoice for its order, under the terms' co-funding scheme where they have one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Invoice invoice(AgreementTerms terms, UUID orderId, OrderReferences references, List<Line> lines) {
        Invoice invoice = issue(terms, terms.employer(), orderId, lines);
        invoice.buyerReference = terms.invoicing().buyerReference();
        invoice.orderReference = references.orderReference();
        invoice.accountingCost = references.costCentre();
        return issued(invoice, lines);
    }

    /**
     * The funder's invoice for its share of an employer's order: to the funder, under the funder's reference for the
     * scheme, naming the employer's order. Paid and reconciled as any invoice, with the funder as its buyer.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Invoice funderInvoice(AgreementTerms terms, UUID orderId, OrderReferences references, List<Line> lines) {
        Invoice invoice = issue(terms, terms.funding().funder(), orderId, lines);
        invoice.fundedEmployer = terms.employer().orgNumber();
        invoice.buyerReference = terms.funding().funderReference();
        invoice.orderReference = references.orderReference();
        return issued(invoice, lines);
    }

    private Invoice issue(AgreementTerms terms, AgreementTerms.Party buyer, UUID orderId, List<Line> lines) {
        Invoice invoice = document(
                InvoiceKind.INVOICE,
                terms.university().orgNumber(),
                buyer.orgNumber(),
                orderId,
                terms.agreementId(),
                vatRules.forBuyer(buyer),
                lines,
                new Invoice.Parties(terms.university(), buyer));
        invoice.dueDate = LocalDate.now(clock).plusDays(terms.invoicing().paymentDays());
        invoice.funding = terms.funding();
        return invoice;
    }

    private Invoice issued(Invoice invoice, List<Line> lines) {
        invoice.status = InvoiceStatus.OPEN;
        List<InvoiceLine> saved = persist(invoice, lines);
        events.invoiceIssued(invoice, saved);
        deliveries.schedule(invoice);
        LOG.infof(
                "Issued invoice %s to %s: %s SEK incl. VAT (%s), due %s",
                invoice.number, invoice.buyer, invoice.total, invoice.taxCategory, invoice.dueDate);
        return invoice;
    }

    /** Credits lines of an issued invoice, with the invoice's own VAT category; the credited status follows. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Invoice creditNote(Invoice credited, List<Line> lines) {
        Vat vat = credited.vatCategory();
        Invoice note = document(
                InvoiceKind.CREDIT_NOTE,
                credited.seller,
                credited.buyer,
                credited.orderId,
                credited.agreementId,
                vat,
                lines,
                credited.parties);
        note.creditedInvoiceId = credited.id;
        note.buyerReference = credited.buyerReference;
        note.orderReference = credited.orderReference;
        note.accountingCost = credited.accountingCost;
        note.funding = credited.funding;
        note.fundedEmployer = credited.fundedEmployer;
        note.status = InvoiceStatus.ISSUED;
        List<InvoiceLine> saved = persist(note, lines);
        credited.credit(note.total);
        events.creditNoteIssued(note, credited, saved);
        deliveries.schedule(note);
        LOG.infof("Issued credit note %s for invoice %s: %s SEK incl. VAT", note.number, credited.number, note.total);
        return note;
    }

    private Invoice document(
            InvoiceKind kind,
            String seller,
            String buyer,
            UUID orderId,
            UUID agreementId,
            Vat vat,
            List<Line> lines,
            Invoice.Parties parties) {
        long serial = invoices.takeNumber(seller);
        Invoice d = new Invoice();
        d.id = UUID.randomUUID();
        d.kind = kind;
        d.number = seller + "-" + String.format("%06d", serial);
        d.ocr = OcrReference.of(serial);
        d.seller = seller;
        d.buyer = buyer;
        d.orderId = orderId;
        d.agreementId = agreementId;
        d.issueDate = LocalDate.now(clock);
        d.taxCategory = vat.category();
        d.vatPercent = vat.percent();
        d.taxExemptionReasonCode = vat.exemptionReasonCode();
        d.taxExemptionReason = vat.exemptionReason();
        d.net = lines.stream()
                .map(Line::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
        d.vat = vat.on(d.net);
        d.total = d.net.add(d.vat);
        d.parties = parties;
        d.createdAt = Instant.now(clock);
        return d;
    }

    private List<InvoiceLine> persist(Invoice document, List<Line> lines) {
        invoices.persist(document);
        List<InvoiceLine> saved = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            InvoiceLine line = new InvoiceLine();
            line.invoiceId = document.id;
            line.lineNo = i + 1;
            line.enrolmentId = lines.get(i).enrolmentId();
            line.lineKind = lines.get(i).kind();
            line.description = lines.get(i).description();
            line.amount = lines.get(i).amount();
            line.accountingCost = lines.get(i).accountingCost();
            line.allowance = lines.get(i).allowance();
            line.fundable = lines.get(i).fundable();
            invoices.persistLine(line);
            saved.add(line);
        }
        return saved;
    }
}
