package se.uppdrag.agreement.domain;

/** What part an organisation plays: it sells (university), commissions (employer) or co-funds orders (funder). */
public enum OrganisationKind {
    UNIVERSITY,
    EMPLOYER,
    /** A third party that pays part of an employer's orders under a co-funding scheme in an agreement's terms. */
    FUNDER
}
