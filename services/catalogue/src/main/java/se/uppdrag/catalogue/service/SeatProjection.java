package se.uppdrag.catalogue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;
import se.uppdrag.catalogue.domain.EnrolmentSeat;
import se.uppdrag.catalogue.domain.Occasion;
import se.uppdrag.catalogue.repository.EnrolmentSeatRepository;
import se.uppdrag.catalogue.repository.OccasionRepository;
import se.uppdrag.contracts.enrolment.EnrolmentFact;
import se.uppdrag.platform.inbox.PoisonEventException;

/** Seats taken on an occasion, from the enrolment facts: each enrolment counted once, however often it changes. */
@ApplicationScoped
public class SeatProjection {

    private static final Logger LOG = Logger.getLogger(SeatProjection.class);

    @Inject
    OccasionRepository occasions;

    @Inject
    EnrolmentSeatRepository seats;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EnrolmentFact fact) {
        Occasion occasion = occasions
                .findForUpdate(fact.occasionId())
                .orElseThrow(() -> new PoisonEventException("enrolment " + fact.enrolmentId() + " names occasion "
                        + fact.occasionId() + ", which the catalogue does not have"));
        boolean holds = EnrolmentSeat.holds(fact.status());
        EnrolmentSeat seat = seats.findById(fact.enrolmentId());
        if (seat == null) {
            seat = new EnrolmentSeat();
            seat.enrolmentId = fact.enrolmentId();
            seat.occasionId = occasion.id;
        } else if (!seat.occasionId.equals(occasion.id)) {
            throw new PoisonEventException("enrolment " + fact.enrolmentId() + " moved from occasion " + seat.occasionId
                    + " to " + occasion.id);
        }
        if (seat.holdsSeat != holds) {
            occasion.seatsTaken += holds ? 1 : -1;
            occasion.updatedAt = Instant.now(clock);
        }
        seat.status = fact.status();
        seat.holdsSeat = holds;
        seat.updatedAt = Instant.now(clock);
        seats.persist(seat);
        LOG.debugf(
                "Occasion %s: enrolment %s is %s, %d of %d seats taken",
                occasion.id, fact.enrolmentId(), fact.status(), occasion.seatsTaken, occasion.seats);
    }
}
