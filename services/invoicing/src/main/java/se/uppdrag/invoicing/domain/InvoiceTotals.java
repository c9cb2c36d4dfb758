package se.uppdrag.invoicing.domain;

import java.math.BigDecimal;

/** Sums over invoices (not credit notes): how many, invoiced, credited, paid, open, and of the open what is overdue. */
public record InvoiceTotals(
        long invoices,
        BigDecimal invoiced,
        BigDecimal credited,
        BigDecimal paid,
        BigDecimal open,
        BigDecimal overdue) {}
