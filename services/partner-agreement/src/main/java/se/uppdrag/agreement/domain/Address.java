package se.uppdrag.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A postal address as an invoice needs it. */
@Embeddable
public record Address(
        @NotBlank @Size(max = 200) String street,

        @NotBlank @Size(max = 20) @Column(name = "postal_code")
        String postalCode,

        @NotBlank @Size(max = 100) String city,

        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code such as SE")
        String country) {}
