package se.uppdrag.catalogue.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.uppdrag.catalogue.domain.DeliveryMode;
import se.uppdrag.contracts.Money;

/** A new occasion of a course. */
public record OccasionRequest(
        @NotNull @Schema(example = "2027-02-01") LocalDate startDate,
        @NotNull @Schema(example = "2027-03-31") LocalDate endDate,

        @NotNull @Min(1) @Max(100) @Schema(description = "Percent of full-time study", example = "50")
        Integer pace,

        @NotNull DeliveryMode deliveryMode,

        @NotBlank @Size(max = 200) @Schema(example = "Kustby")
        String location,

        @NotNull @Min(1) @Max(10_000) @Schema(example = "20")
        Integer seats,

        @NotNull @Schema(example = "2027-01-15") LocalDate orderDeadline,

        @NotNull @Schema(description = "Per participant, SEK")
        Money listPrice) {}
