package se.uppdrag.catalogue.service;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.uppdrag.catalogue.domain.Cycle;

/** What a university says about a course, on create and on update. */
public record CourseRequest(
        @NotBlank @Size(max = 20) @Schema(example = "KUS101")
        String code,

        @NotBlank @Size(max = 200) @Schema(example = "Industrial machine learning")
        String title,

        @NotBlank @Size(max = 10_000) @Schema(example = "Machine learning for production engineers.")
        String description,

        @NotNull
        @DecimalMin("0.5")
        @DecimalMax("300.0")
        @Schema(description = "Högskolepoäng (1 hp = 1 ECTS credit), a multiple of 0.5", example = "7.5")
        BigDecimal credits,

        @NotNull Cycle cycle,

        @NotBlank @Size(max = 100) @Schema(example = "Computer science")
        String subject,

        @NotNull
        @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter ISO 639-1 code such as sv or en")
        @Schema(example = "sv")
        String language,

        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> learningOutcomes) {

    public List<String> learningOutcomesOrEmpty() {
        return learningOutcomes == null ? List.of() : learningOutcomes;
    }
}
