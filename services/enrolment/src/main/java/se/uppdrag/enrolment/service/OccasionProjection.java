package se.uppdrag.enrolment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import se.uppdrag.contracts.catalogue.OfferingSnapshot;
import se.uppdrag.contracts.catalogue.OfferingWithdrawn;
import se.uppdrag.enrolment.domain.Enrolment;
import se.uppdrag.enrolment.domain.EnrolmentStatus;
import se.uppdrag.enrolment.domain.OccasionFact;
import se.uppdrag.enrolment.repository.EnrolmentRepository;
import se.uppdrag.enrolment.repository.OccasionFactRepository;
import se.uppdrag.platform.inbox.PoisonEventException;

/** This service's copy of the catalogue's occasions, kept from its events. */
@ApplicationScoped
public class OccasionProjection {

    private static final Logger LOG = Logger.getLogger(OccasionProjection.class);

    @Inject
    OccasionFactRepository occasions;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    Seats seats;

    @Inject
    EnrolmentEvents events;

    @Inject
    ParticipantNotices notices;

    @Inject
    Clock clock;

    /** Published or changed: more seats let the waiting list move up. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void offering(OfferingSnapshot o) {
        OccasionFact fact = occasions.findForUpdate(o.occasionId()).orElse(null);
        if (fact == null) {
            fact = new OccasionFact();
            fact.occasionId = o.occasionId();
        } else if (OccasionFact.WITHDRAWN.equals(fact.status)) {
            return;
        }
        fact.courseId = o.courseId();
        fact.university = o.university();
        fact.courseCode = o.courseCode();
        fact.title = o.title();
        fact.credits = o.credits();
        boolean rescheduled = fact.reschedule(o.startDate(), o.endDate(), o.deliveryMode(), o.location());
        fact.language = o.language();
        fact.orderDeadline = o.orderDeadline();
        fact.listPrice = o.listPrice().amount();
        fact.seats = o.seats();
        fact.status = o.status();
        fact.closedTo = o.closedTo() == null ? null : o.closedTo().employer();
        fact.closedAgreement = o.closedTo() == null ? null : o.closedTo().agreementId();
        fact.updatedAt = Instant.now(clock);
        occasions.persist(fact);
        seats.promote(fact);
        if (rescheduled) {
            List<Enrolment> confirmed = enrolments.inStatus(fact.occasionId, Set.of(EnrolmentStatus.CONFIRMED));
            for (Enrolment e : confirmed) {
                notices.rescheduled(e, fact);
            }
            LOG.infof(
                    "Occasion %s rescheduled: %d participants' invitations updated", fact.occasionId, confirmed.size());
        }
    }

    /** Withdrawn: every live enrolment is cancelled without a fee, and the employer sees why. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawn(OfferingWithdrawn w) {
        OccasionFact fact = occasions
                .findForUpdate(w.occasionId())
                .orElseThrow(() ->
                        new PoisonEventException("occasion " + w.occasionId() + " withdrawn but never published"));
        fact.status = OccasionFact.WITHDRAWN;
        fact.updatedAt = Instant.now(clock);
        String reason = "Occasion withdrawn by the university" + (w.reason() == null ? "" : ": " + w.reason());
        int cancelled = 0;
        for (Enrolment e : enrolments.inStatus(fact.occasionId, Enrolment.CANCELLABLE)) {
            EnrolmentStatus previous = e.cancel(BigDecimal.ZERO.setScale(2), reason, Instant.now(clock));
            events.cancelledWithOccasion(e, previous);
            seats.release(fact, e, previous); // nobody is promoted: the occasion is withdrawn
            cancelled++;
        }
        LOG.infof("Occasion %s withdrawn: %d enrolments cancelled without fee", fact.occasionId, cancelled);
    }
}
