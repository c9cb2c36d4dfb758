package se.uppdrag.agreement.domain;

/** The level of a proposed course in Swedish higher education, as the catalogue names it. */
public enum Cycle {
    FIRST,
    SECOND,
    THIRD
}
