package se.uppdrag.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** The catalogue's copy of one enrolment's hold on a seat, kept from the enrolment service's events. */
@Entity
@Table(name = "enrolment_seat")
public class EnrolmentSeat {

    /** Statuses in which an enrolment occupies a seat: waiting, rejected and cancelled ones do not. */
    public static final Set<String> HOLDING_STATUSES = Set.of("PENDING", "CONFIRMED", "COMPLETED", "NOT_COMPLETED");

    @Id
    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    @Column(name = "occasion_id", nullable = false, updatable = false)
    public UUID occasionId;

    @Column(nullable = false)
    public String status;

    @Column(name = "holds_seat", nullable = false)
    public boolean holdsSeat;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static boolean holds(String status) {
        return HOLDING_STATUSES.contains(status);
    }
}
