package se.uppdrag.catalogue.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.uppdrag.catalogue.domain.DeliveryMode;
import se.uppdrag.contracts.Money;

/** A partial change to an occasion: absent fields stay as they are. */
public record OccasionChangeRequest(
        LocalDate startDate,
        LocalDate endDate,
        @Min(1) @Max(100) Integer pace,
        DeliveryMode deliveryMode,

        @Size(max = 200) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        String location,

        @Min(1) @Max(10_000) Integer seats,
        LocalDate orderDeadline,
        Money listPrice) {}
