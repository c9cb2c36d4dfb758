package se.uppdrag.agreement.service;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A university's "no" to an inquiry, perhaps naming another university that could serve the need. */
public record DeclineRequest(
        @Size(max = 2000) @Schema(example = "We give no courses in welding technology")
        String reason,

        @Pattern(regexp = "[0-9]{10}", message = "must be an organisation number of 10 digits")
        @Schema(description = "A registered university the employer may turn to instead", example = "2021004565")
        String referTo) {}
