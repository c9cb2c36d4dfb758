package se.uppdrag.agreement.domain;

/** Decides the VAT of invoices: S for companies, municipalities and regions; O for another state agency. */
public enum BuyerType {
    PRIVATE,
    MUNICIPALITY_OR_REGION,
    STATE_AGENCY
}
