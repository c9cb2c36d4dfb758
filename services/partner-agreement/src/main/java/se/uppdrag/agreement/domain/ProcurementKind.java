package se.uppdrag.agreement.domain;

/** How the employer procures: a direct award (under the threshold) or an advertised procurement with a reference. */
public enum ProcurementKind {
    DIRECT_AWARD,
    ADVERTISED
}
