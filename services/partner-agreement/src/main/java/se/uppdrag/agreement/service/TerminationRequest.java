package se.uppdrag.agreement.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record TerminationRequest(
        @NotNull @Schema(example = "2027-06-30") LocalDate effectiveDate,

        @Size(max = 1000) @Schema(example = "Reorganisation")
        String reason) {}
