package se.uppdrag.invoicing.domain;

/** Where a document stands (stored and sent by these names). */
public enum InvoiceStatus {
    OPEN,
    PARTIALLY_PAID,
    PAID,
    OVERDUE,
    CREDITED,
    /** The status of every credit note. */
    ISSUED
}
