package se.uppdrag.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import se.uppdrag.platform.repository.TrackedEntity;

/** A scheduled run of a course (kurstillfälle) that employers order seats on. */
@Entity
@Table(name = "occasion")
public class Occasion extends TrackedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    public Course course;

    @Column(nullable = false, updatable = false)
    public String university;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    /** Study pace as a percentage of full time. */
    @Column(nullable = false)
    public int pace;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode", nullable = false)
    public DeliveryMode deliveryMode;

    @Column(nullable = false)
    public String location;

    @Column(nullable = false)
    public int seats;

    /** Seats held by enrolments (pending, confirmed or done), as the enrolment service reports them. */
    @Column(name = "seats_taken", nullable = false)
    public int seatsTaken;

    @Column(name = "order_deadline", nullable = false)
    public LocalDate orderDeadline;

    @Column(name = "list_price", nullable = false)
    public BigDecimal listPrice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OccasionStatus status;

    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;

    @Column(name = "withdraw_reason")
    public String withdrawReason;

    /**
     * For a closed occasion: the one employer that sees and may order it (besides its university), and the agreement
     * it orders under. Both null for an occasion open to all.
     */
    @Column(name = "closed_to", updatable = false)
    public String closedTo;

    @Column(name = "closed_agreement", updatable = false)
    public UUID closedAgreement;

    public boolean isClosed() {
        return closedTo != null;
    }

    public boolean isWithdrawn() {
        return status == OccasionStatus.WITHDRAWN;
    }

    /** Seats an employer could still order; none once withdrawn. */
    public int seatsAvailable() {
        return seatsAvailable(status, seats, seatsTaken);
    }

    public static int seatsAvailable(OccasionStatus status, int seats, int seatsTaken) {
        return status == OccasionStatus.WITHDRAWN ? 0 : Math.max(0, seats - seatsTaken);
    }
}
