package se.uppdrag.enrolment.rest;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.uppdrag.platform.mail.MailStatus;
import se.uppdrag.platform.mail.QueuedMail;

/**
 * The fate of a mail to a participant, shown with the seat so HR sees an address that was refused (and corrects it by
 * substituting the participant with the right address) and that an invitation went out.
 */
@Schema(description = "The latest mail to the participant about the seat")
public record MailNotice(
        @Schema(description = "Why it was sent", example = "SEAT_CONFIRMED")
        String kind,

        @Schema(
                description =
                        "PENDING (waiting or being retried), SENT, REFUSED (the address does not exist: correct it)"
                                + " or FAILED (given up)",
                example = "SENT")
        MailStatus status,

        @Schema(description = "When the mail server accepted it")
        Instant sentAt,

        @Schema(
                description = "The mail server's answer, for a refused or failing address",
                example = "550 5.1.1 No such user")
        String problem) {

    static MailNotice of(QueuedMail mail) {
        return mail == null ? null : new MailNotice(mail.kind, mail.status, mail.sentAt, mail.lastError);
    }
}
