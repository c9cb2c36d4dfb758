package se.uppdrag.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import se.uppdrag.platform.domain.RuleViolation;

/** An occasion as the catalogue announced it, and the seats given out on it here. */
@Entity
@Table(name = "occasion_fact")
public class OccasionFact {

    public static final String PUBLISHED = "PUBLISHED";
    public static final String WITHDRAWN = "WITHDRAWN";

    @Id
    @Column(name = "occasion_id")
    public UUID occasionId;

    @Column(name = "course_id", nullable = false)
    public UUID courseId;

    @Column(nullable = false)
    public String university;

    @Column(name = "course_code", nullable = false)
    public String courseCode;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public BigDecimal credits;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    /** The last day; unknown for an occasion announced before it was kept (its next event brings it). */
    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "delivery_mode")
    public String deliveryMode;

    @Column
    public String location;

    /** The course's language (sv, en…), which the participants' mails are written in. */
    @Column
    public String language;

    /** Raised whenever the dates or the place change, so an updated invitation replaces the one sent. */
    @Column(name = "calendar_sequence", nullable = false)
    public int calendarSequence;

    @Column(name = "order_deadline", nullable = false)
    public LocalDate orderDeadline;

    @Column(name = "list_price", nullable = false)
    public BigDecimal listPrice;

    @Column(nullable = false)
    public int seats;

    @Column(nullable = false)
    public String status;

    @Column(name = "seats_taken", nullable = false)
    public int seatsTaken;

    @Column(name = "next_waitlist_position", nullable = false)
    public int nextWaitlistPosition = 1;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** For a closed occasion: the one employer that may order it, and the agreement it orders under. */
    @Column(name = "closed_to")
    public String closedTo;

    @Column(name = "closed_agreement")
    public UUID closedAgreement;

    /** Whether the employer may see this occasion at all: a closed one is another employer's business only. */
    public boolean shownTo(String employer) {
        return closedTo == null || closedTo.equals(employer);
    }

    /** Whether an order under this agreement may take seats here. */
    public boolean orderableUnder(UUID agreementId) {
        return closedAgreement == null || closedAgreement.equals(agreementId);
    }

    public boolean hasFreeSeat() {
        return seatsTaken < seats;
    }

    /** One seat more taken; refused when none is free (the caller holds the row's lock). */
    public void takeSeat() {
        if (!hasFreeSeat()) {
            throw RuleViolation.refused("Occasion " + occasionId + " has all its " + seats + " seats taken");
        }
        seatsTaken++;
    }

    /** A seat given back by a cancelled or rejected participant. */
    public void releaseSeat() {
        if (seatsTaken == 0) {
            throw new IllegalStateException("Occasion " + occasionId + " has no seat taken to release");
        }
        seatsTaken--;
    }

    /** The place at the end of the waiting list, which the next one to wait will not get. */
    public int nextWaitlistPosition() {
        return nextWaitlistPosition++;
    }

    /**
     * Takes the dates and place the catalogue now announces, and answers whether a participant's calendar must be
     * updated (they changed, for an occasion already known with them).
     */
    public boolean reschedule(LocalDate start, LocalDate end, String mode, String place) {
        boolean known = endDate != null;
        boolean changed = known
                && !(start.equals(startDate)
                        && end.equals(endDate)
                        && Objects.equals(mode, deliveryMode)
                        && Objects.equals(place, location));
        startDate = start;
        endDate = end;
        deliveryMode = mode;
        location = place;
        if (changed) {
            calendarSequence++;
        }
        return changed;
    }

    public boolean awardsCredits() {
        return credits.signum() > 0;
    }
}
