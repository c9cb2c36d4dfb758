package se.uppdrag.catalogue.domain;

public enum OccasionStatus {
    PUBLISHED,
    WITHDRAWN
}
