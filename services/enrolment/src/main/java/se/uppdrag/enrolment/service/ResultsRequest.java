package se.uppdrag.enrolment.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The results of an occasion's participants, reported together. */
public record ResultsRequest(
        @NotEmpty @Size(max = EnrolmentService.MAX_BULK) List<@NotNull @Valid ParticipantResult> results) {

    /** One participant's result: COMPLETED with credits and grade, or NOT_COMPLETED. */
    public record ParticipantResult(
            @NotNull UUID enrolmentId,
            @NotNull Outcome outcome,

            @DecimalMin("0.0") @DecimalMax("300.0") @Digits(integer = 3, fraction = 1) @Schema(example = "7.5")
            BigDecimal creditsAwarded,

            @Size(max = 20) @Schema(description = "e.g. U, G, VG or A-F", example = "G")
            String grade) {}

    public enum Outcome {
        COMPLETED,
        NOT_COMPLETED
    }
}
