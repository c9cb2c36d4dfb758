package se.uppdrag.agreement.domain;

/** A university's answer to an inquiry: an offer (then awarded or not chosen), withdrawn, or a decline. */
public enum OfferStatus {
    SUBMITTED,
    WITHDRAWN,
    DECLINED,
    AWARDED,
    NOT_CHOSEN
}
