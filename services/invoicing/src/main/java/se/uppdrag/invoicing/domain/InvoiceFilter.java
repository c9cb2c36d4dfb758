package se.uppdrag.invoicing.domain;

import java.time.LocalDate;
import java.util.UUID;

/** What a list of invoices or credit notes may be narrowed to; a null field narrows nothing. */
public record InvoiceFilter(String status, String buyer, UUID order, UUID creditedInvoice, LocalDate from, LocalDate to) {
}
