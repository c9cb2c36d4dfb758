package se.uppdrag.enrolment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.EventDefinition;
import se.uppdrag.contracts.Money;
import se.uppdrag.contracts.enrolment.EnrolmentFact;
import se.uppdrag.enrolment.domain.Enrolment;
import se.uppdrag.enrolment.domain.EnrolmentStatus;
import se.uppdrag.enrolment.domain.Participant;
import se.uppdrag.platform.outbox.Outbox;

/**
 * Every change of an enrolment as an event keyed by the enrolment, with the price and fee invoicing needs. The
 * participant travels as name and employee number only: never e-mail, never a personal identity number. The mails
 * a change sends the participant are recorded with its event, in the same transaction ({@link ParticipantNotices}).
 */
@ApplicationScoped
public class EnrolmentEvents {

    @Inject
    Outbox outbox;

    @Inject
    ParticipantNotices notices;

    @Inject
    Clock clock;

    public void requested(Enrolment e) {
        publish(EventCatalog.ENROLMENT_REQUESTED, e, fact(e));
    }

    public void waitlisted(Enrolment e) {
        publish(EventCatalog.ENROLMENT_WAITLISTED, e, fact(e).waitlisted(e.waitlistPosition));
    }

    public void promoted(Enrolment e) {
        publish(EventCatalog.ENROLMENT_PROMOTED, e, fact(e));
        notices.promoted(e);
    }

    public void confirmed(Enrolment e) {
        publish(EventCatalog.ENROLMENT_CONFIRMED, e, fact(e).confirmed(today()));
        notices.confirmed(e);
    }

    public void rejected(Enrolment e) {
        publish(EventCatalog.ENROLMENT_REJECTED, e, fact(e).rejected(e.statusReason));
    }

    public void cancelled(Enrolment e, EnrolmentStatus previous) {
        publishCancelled(e, previous);
        notices.cancelled(e, previous, false);
    }

    /** Cancelled because the university withdrew the occasion. */
    public void cancelledWithOccasion(Enrolment e, EnrolmentStatus previous) {
        publishCancelled(e, previous);
        notices.cancelled(e, previous, true);
    }

    private void publishCancelled(Enrolment e, EnrolmentStatus previous) {
        publish(
                EventCatalog.ENROLMENT_CANCELLED,
                e,
                fact(e).cancelled(today(), Money.sek(e.fee), e.statusReason, previous.name()));
    }

    public void substituted(Enrolment e, Participant previous) {
        publish(EventCatalog.PARTICIPANT_SUBSTITUTED, e, fact(e).substituted(participant(previous)));
        notices.substituted(e, previous);
    }

    public void completed(Enrolment e) {
        publish(EventCatalog.ENROLMENT_COMPLETED, e, fact(e).completed(e.creditsAwarded, e.grade, today()));
    }

    public void notCompleted(Enrolment e) {
        publish(EventCatalog.ENROLMENT_NOT_COMPLETED, e, fact(e).notCompleted(today()));
    }

    private void publish(EventDefinition type, Enrolment e, Fact fact) {
        outbox.publish(type, e.id.toString(), fact.toPayload());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Fact fact(Enrolment e) {
        return new Fact(new EnrolmentFact(
                e.id,
                e.orderId,
                e.orderSize,
                e.orderReference,
                e.participant.costCentre(),
                e.occasionId,
                e.courseId,
                e.agreementId,
                e.employer,
                e.university,
                e.status.name(),
                participant(e.participant),
                Money.sek(e.price),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
    }

    private static EnrolmentFact.Participant participant(Participant p) {
        return new EnrolmentFact.Participant(p.givenName(), p.familyName(), p.employeeNumber());
    }

    /** The payload with the fields one kind of change adds. */
    private record Fact(EnrolmentFact f) {

        EnrolmentFact toPayload() {
            return f;
        }

        Fact waitlisted(Integer position) {
            return with(position, null, null, null, null, null, null, null, null, null, null);
        }

        Fact confirmed(LocalDate on) {
            return with(null, on, null, null, null, null, null, null, null, null, null);
        }

        Fact rejected(String reason) {
            return with(null, null, reason, null, null, null, null, null, null, null, null);
        }

        Fact cancelled(LocalDate on, Money fee, String reason, String previousStatus) {
            return with(null, null, reason, on, fee, previousStatus, null, null, null, null, null);
        }

        Fact substituted(EnrolmentFact.Participant previous) {
            return with(null, null, null, null, null, null, previous, null, null, null, null);
        }

        Fact completed(BigDecimal credits, String grade, LocalDate on) {
            return with(null, null, null, null, null, null, null, credits, grade, on, null);
        }

        Fact notCompleted(LocalDate on) {
            return with(null, null, null, null, null, null, null, null, null, null, on);
        }

        private Fact with(
                Integer waitlistPosition,
                LocalDate confirmedOn,
                String reason,
                LocalDate cancelledOn,
                Money fee,
                String previousStatus,
                EnrolmentFact.Participant previousParticipant,
                BigDecimal creditsAwarded,
                String grade,
                LocalDate completedOn,
                LocalDate reportedOn) {
            return new Fact(new EnrolmentFact(
                    f.enrolmentId(),
                    f.orderId(),
                    f.orderSize(),
                    f.orderReference(),
                    f.costCentre(),
                    f.occasionId(),
                    f.courseId(),
                    f.agreementId(),
                    f.employer(),
                    f.university(),
                    f.status(),
                    f.participant(),
                    f.price(),
                    waitlistPosition,
                    confirmedOn,
                    reason,
                    cancelledOn,
                    fee,
                    previousStatus,
                    previousParticipant,
                    creditsAwarded,
                    grade,
                    completedOn,
                    reportedOn));
        }
    }
}
