package se.uppdrag.invoicing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One enrolment as the enrolment service reported it, and what of it has been billed. */
@Entity
@Table(name = "billable")
public class Billable {

    /** When an enrolment is due for invoicing: the terms' moment, or a fee after cancellation. */
    public enum Moment {
        CONFIRMATION,
        START,
        COMPLETION,
        CANCELLATION,
        /** The funder's share of a seat whose employer share is billed, once the scheme's condition is decided. */
        FUNDING
    }

    @Id
    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    /** How many participants the order named, where its events said (older events did not). */
    @Column(name = "order_size")
    public Integer orderSize;

    @Column(name = "agreement_id", nullable = false)
    public UUID agreementId;

    @Column(name = "occasion_id")
    public UUID occasionId;

    /** The occasion's course (null for seats heard of before it was kept). */
    @Column(name = "course_id")
    public UUID courseId;

    @Column(nullable = false)
    public String seller;

    @Column(nullable = false)
    public String buyer;

    /** The employer's order number and cost centre for the order, when it gave them. */
    @Column(name = "order_reference")
    public String orderReference;

    @Column(name = "cost_centre")
    public String costCentre;

    /** Name and employee number, as the invoice line shows it. */
    @Column(nullable = false)
    public String participant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EnrolmentStatus status;

    @Column(nullable = false)
    public BigDecimal price;

    public BigDecimal fee;

    @Enumerated(EnumType.STRING)
    @Column(name = "due_moment")
    public Moment dueMoment;

    /** Since when it is due; in the future for an enrolment billed at its occasion's start. */
    @Column(name = "due_since")
    public Instant dueSince;

    /** The funder's share of the price, left out of the employer's invoice of the seat (null: not co-funded). */
    public BigDecimal funded;

    /** The invoice that billed the funder's share: the funder's, or the employer's when the funder would not pay. */
    @Column(name = "share_invoice_id")
    public UUID shareInvoiceId;

    /** The invoice that billed the seat (or the fee), once issued. */
    @Column(name = "invoice_id")
    public UUID invoiceId;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The trace of what last made it due, so that the invoice is issued in the trace of the order it bills. */
    @Column(name = "trace_parent")
    public String traceParent;

    public void due(Moment moment, Instant now) {
        dueMoment = moment;
        dueSince = now;
    }

    /** Due at a moment that has not come yet: the issuer leaves it until then. */
    public void dueFrom(Moment moment, Instant from) {
        dueMoment = moment;
        dueSince = from;
    }

    public void notDue() {
        dueMoment = null;
        dueSince = null;
    }

    /** Whether the enrolment has come as far as the moment terms bill at (completed implies confirmed). */
    public boolean hasReached(Moment moment) {
        return switch (moment) {
            case CONFIRMATION ->
                status == EnrolmentStatus.CONFIRMED
                        || status == EnrolmentStatus.COMPLETED
                        || status == EnrolmentStatus.NOT_COMPLETED;
            case COMPLETION -> status == EnrolmentStatus.COMPLETED || status == EnrolmentStatus.NOT_COMPLETED;
            case START -> dueMoment == Moment.START;
            case CANCELLATION -> status == EnrolmentStatus.CANCELLED;
            case FUNDING -> status == EnrolmentStatus.COMPLETED || status == EnrolmentStatus.NOT_COMPLETED;
        };
    }

    /** What the employer's invoice billed for the seat: its price less the funder's share. */
    public BigDecimal billedToEmployer() {
        return funded == null ? price : price.subtract(funded);
    }

    /** Whether a funder's share is still to be billed (to the funder, or to the employer if the funder will not pay). */
    public boolean shareOutstanding() {
        return invoiced() && funded != null && shareInvoiceId == null;
    }

    /**
     * What a cancellation fee still asks of the employer: all of it before the seat was invoiced, after it what the fee
     * exceeds the employer's share already billed (a fee is never funded). Zero or less: nothing to bill.
     */
    public BigDecimal feeToBill() {
        return invoiced() ? fee.subtract(billedToEmployer()) : fee;
    }

    public boolean invoiced() {
        return invoiceId != null;
    }
}
