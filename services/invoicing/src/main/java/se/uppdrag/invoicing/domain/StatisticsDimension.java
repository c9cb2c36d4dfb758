package se.uppdrag.invoicing.domain;

/** What money invoiced and paid is followed up per. */
public enum StatisticsDimension {
    UNIVERSITY,
    COURSE,
    EMPLOYER
}
