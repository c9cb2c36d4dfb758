package se.uppdrag.enrolment.rest;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.uppdrag.contracts.Money;
import se.uppdrag.enrolment.domain.Enrolment;
import se.uppdrag.enrolment.domain.EnrolmentStatus;
import se.uppdrag.enrolment.domain.OccasionFact;
import se.uppdrag.enrolment.domain.Participant;
import se.uppdrag.platform.mail.QueuedMail;

public record EnrolmentView(
        UUID id,
        UUID orderId,
        UUID occasionId,
        UUID agreementId,
        String employer,
        EnrolmentStatus status,
        Participant participant,
        Money price,
        Money fee,
        Integer waitlistPosition,
        String statusReason,
        BigDecimal creditsAwarded,
        String grade,
        OccasionSummary occasion,

        @Schema(description = "What became of the latest mail to the participant about this seat (none sent: absent)")
        MailNotice mail) {

    /** The personal identity number is shown to the university only. */
    static EnrolmentView of(Enrolment e, boolean showIdentityNumber, OccasionFact occasion, QueuedMail mail) {
        return new EnrolmentView(
                e.id,
                e.orderId,
                e.occasionId,
                e.agreementId,
                e.employer,
                e.status,
                showIdentityNumber ? e.participant : e.participant.withoutIdentityNumber(),
                Money.sek(e.price),
                e.fee == null ? null : Money.sek(e.fee),
                e.waitlistPosition,
                e.statusReason,
                e.creditsAwarded,
                e.grade,
                OccasionSummary.of(occasion),
                MailNotice.of(mail));
    }
}
