package se.uppdrag.agreement.domain;

/** An inquiry's status as users see it: a published one is OPEN until its offer deadline and CLOSED after it. */
public enum InquiryPhase {
    DRAFT,
    OPEN,
    CLOSED,
    AWARDED,
    CANCELLED
}
