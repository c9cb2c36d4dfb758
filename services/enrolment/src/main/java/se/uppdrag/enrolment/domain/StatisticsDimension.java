package se.uppdrag.enrolment.domain;

/** What follow-up statistics are counted per. */
public enum StatisticsDimension {
    UNIVERSITY,
    COURSE,
    EMPLOYER
}
