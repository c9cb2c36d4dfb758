package se.uppdrag.catalogue.service;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record WithdrawRequest(
        @Size(max = 1000) @Schema(example = "Too few participants")
        String reason) {}
