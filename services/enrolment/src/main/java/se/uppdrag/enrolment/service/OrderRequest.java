package se.uppdrag.enrolment.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import se.uppdrag.enrolment.domain.Participant;
import se.uppdrag.enrolment.domain.Purpose;

/** What an employer orders: seats on one occasion under one agreement for named staff. */
public record OrderRequest(
        @NotNull UUID agreementId,
        @NotNull UUID occasionId,
        @NotNull Purpose purpose,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid Participant> participants) {}
