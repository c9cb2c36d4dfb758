package se.uppdrag.agreement.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A question to an inquiry's employer, the employer's answer, or the reason for cancelling an inquiry. */
public record InquiryTextRequest(
        @NotBlank @Size(max = 4000) @Schema(example = "May the course be given in two groups of ten?")
        String text) {}
