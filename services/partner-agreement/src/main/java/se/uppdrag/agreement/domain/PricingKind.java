package se.uppdrag.agreement.domain;

public enum PricingKind {
    FIXED,
    DISCOUNT
}
