package se.uppdrag.enrolment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.logging.Logger;
import se.uppdrag.enrolment.domain.AgreementFact;
import se.uppdrag.enrolment.domain.Enrolment;
import se.uppdrag.enrolment.domain.EnrolmentStatus;
import se.uppdrag.enrolment.domain.OccasionFact;
import se.uppdrag.enrolment.repository.AgreementFactRepository;
import se.uppdrag.enrolment.repository.AgreementTermsRepository;
import se.uppdrag.enrolment.repository.EnrolmentRepository;

/**
 * Gives out and takes back seats. An enrolment holds a seat only if both the occasion has one free and its
 * agreement has quota left; otherwise it waits in line. Callers hold the occasion's row lock (and take agreement
 * locks after it), so concurrent orders on one occasion are decided one after another and neither capacity nor
 * quota is ever exceeded.
 */
@ApplicationScoped
public class Seats {

    private static final Logger LOG = Logger.getLogger(Seats.class);

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    AgreementFactRepository agreements;

    @Inject
    AgreementTermsRepository terms;

    @Inject
    EnrolmentEvents events;

    @Inject
    Clock clock;

    /**
     * A new enrolment: a seat if one fits, else the end of the waiting list; confirmed at once if the terms it is
     * ordered under say so. Publishes what happened.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void allocate(OccasionFact occasion, AgreementFact agreement, Enrolment enrolment, boolean autoConfirm) {
        if (occasion.hasFreeSeat() && agreement.hasQuotaLeft()) {
            take(occasion, agreement, enrolment);
            events.requested(enrolment);
            if (autoConfirm) {
                confirm(enrolment);
            }
        } else {
            enrolment.waitlist(occasion.nextWaitlistPosition(), Instant.now(clock));
            enrolments.persist(enrolment);
            events.waitlisted(enrolment);
        }
    }

    /** The enrolment leaves its seat (if it held one); the next in line who fits gets it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(OccasionFact occasion, Enrolment enrolment, EnrolmentStatus heldAs) {
        boolean seatFree = occasion.hasFreeSeat() || heldAs.holdsSeat();
        List<Enrolment> waitlist = seatFree ? waitlist(occasion) : List.of();
        Set<UUID> involved = agreementsOf(waitlist);
        if (heldAs.holdsSeat()) {
            involved.add(enrolment.agreementId);
        }
        Map<UUID, AgreementFact> locked = lockInOrder(involved);
        if (heldAs.holdsSeat()) {
            occasion.releaseSeat();
            Optional.ofNullable(locked.get(enrolment.agreementId)).ifPresent(AgreementFact::returnSeat);
        }
        promote(occasion, waitlist, locked);
    }

    /**
     * Fills free seats from the waiting list in order; a waiting participant whose agreement has no quota left (or
     * is no longer in force) is passed over, keeping their place.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void promote(OccasionFact occasion) {
        List<Enrolment> waitlist = occasion.hasFreeSeat() ? waitlist(occasion) : List.of();
        promote(occasion, waitlist, lockInOrder(agreementsOf(waitlist)));
    }

    private void promote(OccasionFact occasion, List<Enrolment> waitlist, Map<UUID, AgreementFact> agreements) {
        LocalDate today = LocalDate.now(clock);
        for (Enrolment waiting : waitlist) {
            if (!occasion.hasFreeSeat()) {
                return;
            }
            AgreementFact agreement = agreements.get(waiting.agreementId);
            if (agreement == null || !agreement.hasQuotaLeft() || !agreement.activeOn(today)) {
                continue;
            }
            take(occasion, agreement, waiting);
            events.promoted(waiting);
            LOG.infof("Enrolment %s promoted from the waiting list of occasion %s", waiting.id, occasion.occasionId);
            confirmIfAutomatic(waiting);
        }
    }

    private List<Enrolment> waitlist(OccasionFact occasion) {
        return OccasionFact.PUBLISHED.equals(occasion.status) ? enrolments.waitlist(occasion.occasionId) : List.of();
    }

    private static Set<UUID> agreementsOf(List<Enrolment> waitlist) {
        Set<UUID> ids = new TreeSet<>();
        waitlist.forEach(e -> ids.add(e.agreementId));
        return ids;
    }

    /**
     * Locks the agreements' quota rows in one global order (by id), so two transactions on different occasions whose
     * waiting lists share agreements cannot each hold one the other waits for.
     */
    private Map<UUID, AgreementFact> lockInOrder(Set<UUID> ids) {
        Map<UUID, AgreementFact> locked = new HashMap<>();
        for (UUID id : new TreeSet<>(ids)) {
            agreements.findForUpdate(id).ifPresent(a -> locked.put(id, a));
        }
        return locked;
    }

    private void take(OccasionFact occasion, AgreementFact agreement, Enrolment enrolment) {
        occasion.takeSeat();
        agreement.useSeat();
        enrolment.takeSeat(Instant.now(clock));
        enrolments.persist(enrolment);
    }

    private void confirmIfAutomatic(Enrolment enrolment) {
        boolean automatic = terms.version(enrolment.agreementId, enrolment.agreementVersion)
                .map(v -> v.terms.autoConfirm())
                .orElse(false);
        if (automatic) {
            confirm(enrolment);
        }
    }

    private void confirm(Enrolment enrolment) {
        enrolment.confirm(Instant.now(clock));
        events.confirmed(enrolment);
    }
}
