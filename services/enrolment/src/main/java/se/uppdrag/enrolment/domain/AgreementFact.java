package se.uppdrag.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import se.uppdrag.platform.domain.RuleViolation;

/** An agreement as partner-agreement announced it, and the part of its seat quota used here. */
@Entity
@Table(name = "agreement_fact")
public class AgreementFact {

    public static final String ACTIVE = "ACTIVE";
    public static final String TERMINATED = "TERMINATED";
    public static final String EXPIRED = "EXPIRED";

    @Id
    @Column(name = "agreement_id")
    public UUID agreementId;

    @Column(nullable = false)
    public String university;

    @Column(nullable = false)
    public String employer;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public int version;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    public LocalDate validTo;

    @Column(name = "termination_date")
    public LocalDate terminationDate;

    @Column(name = "seat_quota", nullable = false)
    public int seatQuota;

    @Column(name = "seats_used", nullable = false)
    public int seatsUsed;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Whether orders may be placed under it on this date. */
    public boolean activeOn(LocalDate date) {
        boolean inForce = ACTIVE.equals(status)
                || (TERMINATED.equals(status) && terminationDate != null && !date.isAfter(terminationDate));
        return inForce && !date.isBefore(validFrom) && !date.isAfter(validTo);
    }

    public boolean hasQuotaLeft() {
        return seatsUsed < seatQuota;
    }

    /** One seat more of the quota used; refused when the quota is used up (the caller holds the row's lock). */
    public void useSeat() {
        if (!hasQuotaLeft()) {
            throw RuleViolation.refused(
                    "Agreement " + agreementId + " has used all " + seatQuota + " seats of its quota");
        }
        seatsUsed++;
    }

    /** A seat of the quota given back by a cancelled or rejected participant. */
    public void returnSeat() {
        if (seatsUsed == 0) {
            throw new IllegalStateException("Agreement " + agreementId + " has no seat used to give back");
        }
        seatsUsed--;
    }
}
