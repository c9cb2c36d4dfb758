package se.uppdrag.agreement.domain;

public enum AgreementStatus {
    DRAFT,
    PROPOSED,
    ACTIVE,
    DECLINED,
    TERMINATED,
    EXPIRED
}
