package se.uppdrag.invoicing.domain;

/** An invoice, or a credit note that corrects one (stored and sent by these names). */
public enum InvoiceKind {
    INVOICE,
    CREDIT_NOTE
}
