package se.uppdrag.agreement.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.uppdrag.agreement.domain.Address;
import se.uppdrag.agreement.domain.BuyerType;
import se.uppdrag.agreement.domain.OrganisationKind;

/** An organisation as an operator registers it. */
public record OrganisationRequest(
        @NotNull @Schema(description = "10 digits, no dash", example = "5566778808")
        String orgNumber,

        @NotBlank @Size(max = 200) @Schema(example = "Verkstadsbolaget Nord AB")
        String name,

        @NotNull OrganisationKind kind,

        @Schema(description = "Required for employers and funders; decides the VAT of their invoices")
        BuyerType buyerType,

        @NotNull @Valid Address address,

        @Size(max = 100)
        @Pattern(regexp = "[0-9]{4}:[A-Za-z0-9.:-]{1,90}", message = "must be scheme:identifier, e.g. 0007:5566778808")
        @Schema(example = "0007:5566778808")
        String peppolEndpoint,

        @Schema(description = "Required for universities: where invoices are paid", example = "5050-1055")
        String bankgiro) {}
