package se.uppdrag.agreement.domain;

/** Which participants the funder pays for. */
public enum FundingCondition {
    /** Everyone billed. */
    NONE,
    /** Only participants who completed the course. */
    COMPLETION
}
