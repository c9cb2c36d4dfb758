package se.uppdrag.agreement.domain;

/** Where a course is given, as the catalogue names it. */
public enum DeliveryMode {
    CAMPUS,
    ONLINE,
    HYBRID
}
