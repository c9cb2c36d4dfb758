package se.uppdrag.invoicing.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a list of invoices or credit notes may be narrowed to; a null field narrows nothing. {@code text} finds a
 * document by a part of its number, of the buyer's name or of the buyer's order number, or by the start of its OCR
 * reference or of the buyer's organisation number. {@code delivery} keeps those whose delivery over Peppol stands so.
 */
public record InvoiceFilter(
        InvoiceStatus status,
        String buyer,
        UUID order,
        UUID agreement,
        UUID creditedInvoice,
        String text,
        LocalDate from,
        LocalDate to,
        DeliveryStatus delivery) {

    public static InvoiceFilter none() {
        return new InvoiceFilter(null, null, null, null, null, null, null, null, null);
    }
}
