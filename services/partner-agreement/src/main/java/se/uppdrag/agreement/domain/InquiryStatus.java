package se.uppdrag.agreement.domain;

/**
 * Where an inquiry stands. PUBLISHED covers both open (before the offer deadline) and closed (after it, waiting for
 * the award); {@link Inquiry#phase} tells them apart.
 */
public enum InquiryStatus {
    DRAFT,
    PUBLISHED,
    AWARDED,
    CANCELLED
}
