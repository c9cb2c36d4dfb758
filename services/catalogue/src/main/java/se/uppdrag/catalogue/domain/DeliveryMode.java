package se.uppdrag.catalogue.domain;

public enum DeliveryMode {
    CAMPUS,
    ONLINE,
    HYBRID
}
