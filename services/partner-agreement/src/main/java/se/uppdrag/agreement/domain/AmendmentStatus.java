package se.uppdrag.agreement.domain;

public enum AmendmentStatus {
    PROPOSED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN
}
