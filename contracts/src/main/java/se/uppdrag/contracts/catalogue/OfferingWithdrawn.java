package se.uppdrag.contracts.catalogue;

import java.time.LocalDate;
import java.util.UUID;

public record OfferingWithdrawn(
        UUID occasionId, UUID courseId, String university, LocalDate withdrawnOn, String reason) {}
