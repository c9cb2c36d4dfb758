package se.uppdrag.catalogue.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An ordered set of courses, from any universities. */
public record LearningPathRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Industrial digitalisation")
        String title,

        @NotBlank @Size(max = 10_000) @Schema(example = "From sensors to machine learning in production.")
        String description,

        @NotEmpty @Size(max = 50) List<@NotNull UUID> courseIds) {}
