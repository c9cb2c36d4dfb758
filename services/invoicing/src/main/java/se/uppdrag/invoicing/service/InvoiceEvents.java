package se.uppdrag.invoicing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.Money;
import se.uppdrag.contracts.invoicing.CreditNoteIssued;
import se.uppdrag.contracts.invoicing.InvoiceIssued;
import se.uppdrag.contracts.invoicing.InvoiceOverdue;
import se.uppdrag.contracts.invoicing.InvoicePaid;
import se.uppdrag.contracts.invoicing.PaymentMatched;
import se.uppdrag.invoicing.domain.Invoice;
import se.uppdrag.invoicing.domain.InvoiceLine;
import se.uppdrag.platform.outbox.Outbox;

/** Invoicing's facts on invoicing.invoices, keyed by the invoice (a credit note by the invoice it credits). */
@ApplicationScoped
public class InvoiceEvents {

    @Inject
    Outbox outbox;

    public void invoiceIssued(Invoice i, List<InvoiceLine> lines) {
        outbox.publish(
                EventCatalog.INVOICE_ISSUED,
                i.id.toString(),
                new InvoiceIssued(
                        i.id,
                        i.number,
                        i.seller,
                        i.buyer,
                        i.orderId,
                        i.agreementId,
                        i.issueDate,
                        i.dueDate,
                        i.ocr,
                        i.taxCategory,
                        Money.sek(i.net),
                        Money.sek(i.vat),
                        Money.sek(i.total),
                        lines(lines)));
    }

    public void creditNoteIssued(Invoice note, Invoice credited, List<InvoiceLine> lines) {
        outbox.publish(
                EventCatalog.CREDIT_NOTE_ISSUED,
                credited.id.toString(),
                new CreditNoteIssued(
                        note.id,
                        note.number,
                        credited.id,
                        credited.number,
                        note.seller,
                        note.buyer,
                        note.issueDate,
                        Money.sek(note.net),
                        Money.sek(note.vat),
                        Money.sek(note.total),
                        lines(lines)));
    }

    public void overdue(Invoice i, BigDecimal open) {
        outbox.publish(
                EventCatalog.INVOICE_OVERDUE,
                i.id.toString(),
                new InvoiceOverdue(i.id, i.number, i.seller, i.buyer, i.dueDate, Money.sek(open)));
    }

    public Outbox.Event paymentMatched(
            Invoice i, UUID paymentId, BigDecimal amount, LocalDate bookingDate, boolean manual) {
        return new Outbox.Event(
                EventCatalog.PAYMENT_MATCHED,
                i.id.toString(),
                new PaymentMatched(paymentId, i.id, i.seller, i.buyer, Money.sek(amount), bookingDate, i.ocr, manual));
    }

    public Outbox.Event invoicePaid(Invoice i, LocalDate paidOn) {
        return new Outbox.Event(
                EventCatalog.INVOICE_PAID,
                i.id.toString(),
                new InvoicePaid(i.id, i.number, i.seller, i.buyer, paidOn, Money.sek(i.total), Money.sek(i.paid)));
    }

    /** Events made above, in one batch (a bank file matches thousands at once). */
    public void publishAll(List<Outbox.Event> events) {
        outbox.publishAll(events);
    }

    private static List<se.uppdrag.contracts.invoicing.InvoiceLine> lines(List<InvoiceLine> lines) {
        return lines.stream()
                .map(l -> new se.uppdrag.contracts.invoicing.InvoiceLine(
                        l.enrolmentId, l.description, Money.sek(l.amount)))
                .toList();
    }
}
