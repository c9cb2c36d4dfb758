package se.uppdrag.invoicing.domain;

/** Whether an imported payment settles an invoice (by its OCR reference or by finance's hand) or waits for one. */
public enum PaymentStatus {
    MATCHED,
    UNMATCHED
}
