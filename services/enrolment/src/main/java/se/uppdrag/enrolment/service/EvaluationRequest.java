package se.uppdrag.enrolment.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A participant's answers: the four standard questions 1-5, the course's own questions 1-5, a comment. */
public record EvaluationRequest(
        @NotNull @Min(1) @Max(5) @Schema(description = "Overall, 1 (poor) to 5 (excellent)", example = "5")
        Integer overall,

        @NotNull @Min(1) @Max(5) @Schema(description = "Relevance for the participant's work", example = "4")
        Integer relevance,

        @NotNull @Min(1) @Max(5) @Schema(description = "Teaching", example = "4")
        Integer teaching,

        @NotNull @Min(1) @Max(5) @Schema(description = "Organisation", example = "3")
        Integer organisation,

        @Size(max = 20) @Schema(description = "The course's own questions answered, by question id, each 1-5")
        Map<UUID, @NotNull @Min(1) @Max(5) Integer> custom,

        @Size(max = 2000) @Schema(description = "Anything else, in the participant's words", example = "Bra övningar.")
        String comment) {}
