package se.uppdrag.agreement.service;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The offer an employer chooses. */
public record AwardRequest(
        @NotNull @Schema(example = "3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f")
        UUID offerId) {}
