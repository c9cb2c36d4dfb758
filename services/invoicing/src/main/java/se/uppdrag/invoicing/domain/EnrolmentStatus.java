package se.uppdrag.invoicing.domain;

/** An enrolment's status as enrolment's events give it; the event contract lists exactly these. */
public enum EnrolmentStatus {
    PENDING,
    CONFIRMED,
    WAITLISTED,
    REJECTED,
    CANCELLED,
    COMPLETED,
    NOT_COMPLETED
}
