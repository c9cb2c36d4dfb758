package se.uppdrag.enrolment.service;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the university reports for a participant who completed. */
public record CompletionRequest(
        @NotNull @DecimalMin("0.0") @DecimalMax("300.0") @Digits(integer = 3, fraction = 1) @Schema(example = "7.5")
        BigDecimal creditsAwarded,

        @NotBlank @Size(max = 20) @Schema(description = "e.g. U, G, VG or A-F", example = "G")
        String grade) {}
