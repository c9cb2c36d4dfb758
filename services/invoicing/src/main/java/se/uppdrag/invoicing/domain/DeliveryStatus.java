package se.uppdrag.invoicing.domain;

/** Where a document's delivery stands: still to be sent (or sent again), acknowledged by the receiver, or given up. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
