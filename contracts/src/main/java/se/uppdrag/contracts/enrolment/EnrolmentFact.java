package se.uppdrag.contracts.enrolment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import se.uppdrag.contracts.Money;

/**
 * Payload of every enrolment event: the enrolment as it is after the change, plus the fields that one change
 * carries (a fee on cancellation, credits on completion, ...). Each event type's schema says which of those it
 * requires; the rest are absent. No e-mail and no personal identity number ever travel here.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnrolmentFact(
        UUID enrolmentId,
        UUID orderId,
        Integer orderSize,
        String orderReference,
        String costCentre,
        UUID occasionId,
        UUID courseId,
        UUID agreementId,
        String employer,
        String university,
        String status,
        Participant participant,
        Money price,
        Integer waitlistPosition,
        LocalDate confirmedOn,
        String reason,
        LocalDate cancelledOn,
        Money fee,
        String previousStatus,
        Participant previousParticipant,
        BigDecimal creditsAwarded,
        String grade,
        LocalDate completedOn,
        LocalDate reportedOn) {

    public record Participant(String givenName, String familyName, String employeeNumber) {}
}
