package se.uppdrag.invoicing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import se.uppdrag.contracts.enrolment.EnrolmentFact;
import se.uppdrag.invoicing.domain.Billable;
import se.uppdrag.invoicing.domain.EnrolmentStatus;
import se.uppdrag.invoicing.domain.Invoice;
import se.uppdrag.invoicing.domain.InvoiceLine;
import se.uppdrag.invoicing.repository.BillableRepository;
import se.uppdrag.invoicing.repository.InvoiceRepository;
import se.uppdrag.platform.kafka.TraceContext;
import se.uppdrag.platform.service.AfterCommit;

/**
 * Each enrolment as invoicing needs it (a billable), kept from enrolment's events, and what is due to be billed: one
 * invoice per order and moment (confirmation, the occasion's start, or completion), as the agreement's invoicing terms
 * say. A fact that makes something due wakes the {@link InvoiceIssuer} once its transaction commits. A cancellation
 * after invoicing is credited, keeping the fee; before invoicing, a fee above zero is due on its own.
 */
@ApplicationScoped
public class BillableProjection {

    private static final String ISSUE_AFTER_COMMIT = BillableProjection.class.getName() + ".issue";

    @Inject
    BillableRepository billables;

    @Inject
    InvoiceRepository invoices;

    @Inject
    Documents documents;

    @Inject
    InvoiceIssuer issuer;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Clock clock;

    /** Any other change (requested, waitlisted, promoted, participant substituted): recorded, nothing newly due. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enrolmentChanged(EnrolmentFact f) {
        save(recorded(f));
    }

    /** A confirmed seat: due for its confirmation unless already billed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enrolmentConfirmed(EnrolmentFact f) {
        Billable b = recorded(f);
        dueUnlessBilled(b, Billable.Moment.CONFIRMATION);
        save(b);
    }

    /**
     * Completed or not: due for completion, unless still waiting to be billed for its confirmation. A seat billed
     * already whose funder's share waited for this decision has that share due now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enrolmentFinished(EnrolmentFact f) {
        Billable b = recorded(f);
        if (b.shareOutstanding()) {
            b.due(Billable.Moment.FUNDING, Instant.now(clock));
        } else if (b.dueMoment != Billable.Moment.CONFIRMATION) {
            dueUnlessBilled(b, Billable.Moment.COMPLETION);
        }
        save(b);
    }

    /** Rejected: no longer due, unless it was billed already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enrolmentRejected(EnrolmentFact f) {
        Billable b = recorded(f);
        if (!b.invoiced()) {
            b.notDue();
        }
        save(b);
    }

    /** Cancelled: its fee, and a credit where it was billed (see {@link #cancelled}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enrolmentCancelled(EnrolmentFact f) {
        Billable b = recorded(f);
        cancelled(b, f.fee().amount());
        save(b);
    }

    /** The enrolment's billable (locked), brought up to date with the fact. */
    private Billable recorded(EnrolmentFact f) {
        Billable b = billables.findForUpdate(f.enrolmentId()).orElseGet(Billable::new);
        b.enrolmentId = f.enrolmentId();
        b.orderId = f.orderId();
        if (f.orderSize() != null) {
            b.orderSize = f.orderSize();
        }
        b.agreementId = f.agreementId();
        b.orderReference = f.orderReference();
        b.costCentre = f.costCentre();
        b.occasionId = f.occasionId();
        if (f.courseId() != null) {
            b.courseId = f.courseId();
        }
        b.seller = f.university();
        b.buyer = f.employer();
        b.participant = f.participant().givenName() + " " + f.participant().familyName() + " ("
                + f.participant().employeeNumber() + ")";
        b.status = EnrolmentStatus.valueOf(f.status());
        b.price = f.price().amount();
        b.updatedAt = Instant.now(clock);
        return b;
    }

    /** Stores it; one that is due wakes the issuer once the transaction has committed. */
    private void save(Billable b) {
        if (b.dueMoment != null) {
            b.traceParent = TraceContext.current();
        }
        billables.persist(b);
        if (b.dueMoment != null) {
            AfterCommit.once(transactions, ISSUE_AFTER_COMMIT, issuer::wake);
        }
    }

    private void dueUnlessBilled(Billable b, Billable.Moment moment) {
        if (!b.invoiced()) {
            b.due(moment, Instant.now(clock));
        }
    }

    private void creditFundersShare(Billable b) {
        if (b.shareInvoiceId == null || b.shareInvoiceId.equals(b.invoiceId)) {
            return; // not billed to a funder (yet, or ever: then it never will be, the seat being cancelled)
        }
        Invoice share = invoices.findForUpdate(b.shareInvoiceId).orElseThrow();
        if (share.toFunder()) {
            documents.creditNote(
                    share,
                    List.of(new Documents.Line(
                            b.enrolmentId,
                            InvoiceLine.SHARE_CREDIT,
                            "Cancelled, funded share credited: " + b.participant,
                            b.funded,
                            null)));
        }
    }

    /** The cost centre the seat was billed to (a substitute since may be charged elsewhere; the credit follows the bill). */
    private String billedCostCentre(Invoice invoice, Billable b) {
        for (InvoiceLine line : invoices.lines(invoice.id)) {
            if (line.enrolmentId.equals(b.enrolmentId)) {
                return line.accountingCost; // null where the seat had none
            }
        }
        return b.costCentre;
    }

    /**
     * A seat cancelled after it was billed: the employer is credited what it was billed beyond the fee, or billed
     * what the fee exceeds it (a fee is never funded), and a funder that was invoiced its share is credited all of it.
     */
    private void cancelled(Billable b, BigDecimal fee) {
        b.fee = fee;
        if (b.invoiced()) {
            creditFundersShare(b);
            // Locked: a payment being matched may change the same invoice's status.
            Invoice invoice = invoices.findForUpdate(b.invoiceId).orElseThrow();
            BigDecimal credit = b.billedToEmployer().subtract(fee);
            if (credit.signum() > 0) {
                documents.creditNote(
                        invoice,
                        List.of(new Documents.Line(
                                b.enrolmentId,
                                InvoiceLine.CREDIT,
                                "Cancelled, fee " + fee.toPlainString() + " SEK kept: " + b.participant,
                                credit,
                                billedCostCentre(invoice, b))));
            }
            if (b.feeToBill().signum() > 0) {
                b.due(Billable.Moment.CANCELLATION, Instant.now(clock));
            }
        } else if (fee.signum() > 0) {
            b.due(Billable.Moment.CANCELLATION, Instant.now(clock));
        } else {
            b.notDue();
        }
    }
}
