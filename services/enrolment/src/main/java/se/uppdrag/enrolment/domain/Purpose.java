package se.uppdrag.enrolment.domain;

/** Why the commissioner pays (Förordning 2002:760, 3 §); development aid is for public commissioners only. */
public enum Purpose {
    STAFF_TRAINING,
    LABOUR_MARKET,
    DEVELOPMENT_AID
}
