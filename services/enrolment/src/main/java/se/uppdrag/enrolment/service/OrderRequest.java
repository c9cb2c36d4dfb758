package se.uppdrag.enrolment.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.uppdrag.enrolment.domain.Participant;
import se.uppdrag.enrolment.domain.Purpose;

/** What an employer orders: seats on one occasion under one agreement for named staff. */
public record OrderRequest(
        @NotNull UUID agreementId,
        @NotNull UUID occasionId,
        @NotNull Purpose purpose,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid Participant> participants,

        @Size(max = 100)
        @Pattern(regexp = "[^\\r\\n]*", message = "must be on one line")
        @Schema(
                description = "The employer's own order number, shown on the invoice as its order reference",
                example = "PO-2027-0042")
        String orderReference,

        @Size(max = 100)
        @Pattern(regexp = "[^\\r\\n]*", message = "must be on one line")
        @Schema(
                description = "The employer's cost centre, shown on the invoice as its accounting cost",
                example = "KS-4410")
        String costCentre) {}
