package se.uppdrag.agreement.domain;

/** What an offer's price is for: each participant, or the whole course whatever the number. */
public enum PriceBasis {
    PER_PARTICIPANT,
    WHOLE_COURSE
}
