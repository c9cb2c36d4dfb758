package se.uppdrag.enrolment.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.uppdrag.enrolment.domain.Participant;

/** The small bodies of the enrolment decisions. */
public final class Requests {

    private Requests() {
    }

    public record Reason(@Size(max = 1000) @Schema(example = "Project deadline moved") String reason) {
    }

    public record Substitution(@NotNull @Valid Participant participant) {
    }

    public record Completion(@NotNull @DecimalMin("0.0") @DecimalMax("300.0") @Digits(integer = 3, fraction = 1) @Schema(example = "7.5") BigDecimal creditsAwarded,
            @NotBlank @Size(max = 20) @Schema(description = "e.g. U, G, VG or A-F", example = "G") String grade) {
    }
}
