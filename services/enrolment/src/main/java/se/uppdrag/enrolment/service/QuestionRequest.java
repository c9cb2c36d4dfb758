package se.uppdrag.enrolment.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A university's own evaluation question for one of its courses, answered 1-5. */
public record QuestionRequest(
        @NotNull @Schema(description = "The course", example = "8a4e7c2b-1d3f-4e5a-9b6c-7d8e9f0a1b02")
        UUID courseId,

        @NotBlank
        @Size(max = 300)
        @Schema(
                description = "The question, in the course's language",
                example = "Hur väl förberedde förkunskapskraven dig?")
        String text) {}
