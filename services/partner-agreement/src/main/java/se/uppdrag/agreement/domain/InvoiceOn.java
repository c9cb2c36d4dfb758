package se.uppdrag.agreement.domain;

public enum InvoiceOn {
    CONFIRMATION,
    START,
    COMPLETION
}
