package se.uppdrag.agreement.domain;

public enum OrganisationKind {
    UNIVERSITY,
    EMPLOYER
}
