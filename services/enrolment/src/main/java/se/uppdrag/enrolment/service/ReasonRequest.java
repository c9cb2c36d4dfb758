package se.uppdrag.enrolment.service;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an enrolment is rejected or cancelled; the employer and the university both see it. */
public record ReasonRequest(
        @Size(max = 1000) @Schema(example = "Project deadline moved")
        String reason) {}
