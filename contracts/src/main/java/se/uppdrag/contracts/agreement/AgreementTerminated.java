package se.uppdrag.contracts.agreement;

import java.time.LocalDate;
import java.util.UUID;

public record AgreementTerminated(
        UUID agreementId,
        int version,
        String university,
        String employer,
        LocalDate effectiveDate,
        String terminatedBy,
        String reason) {}
