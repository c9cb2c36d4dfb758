package se.uppdrag.enrolment.domain;

import java.util.EnumSet;
import java.util.Set;

public enum EnrolmentStatus {
    PENDING,
    CONFIRMED,
    WAITLISTED,
    REJECTED,
    CANCELLED,
    COMPLETED,
    NOT_COMPLETED;

    /** Statuses in which an enrolment occupies a seat of the occasion and of the agreement's quota. */
    public static final Set<EnrolmentStatus> HOLDING_A_SEAT = EnumSet.of(PENDING, CONFIRMED, COMPLETED, NOT_COMPLETED);

    public boolean holdsSeat() {
        return HOLDING_A_SEAT.contains(this);
    }
}
