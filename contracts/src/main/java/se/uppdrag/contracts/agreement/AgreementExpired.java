package se.uppdrag.contracts.agreement;

import java.time.LocalDate;
import java.util.UUID;

public record AgreementExpired(
        UUID agreementId, int version, String university, String employer, LocalDate expiredOn) {}
