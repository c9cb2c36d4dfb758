package se.uppdrag.invoicing.service;

import io.quarkus.scheduler.Scheduled;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import se.uppdrag.contracts.agreement.AgreementTerms;
import se.uppdrag.contracts.enrolment.EnrolmentFact;
import se.uppdrag.invoicing.domain.AgreementTermsVersion;
import se.uppdrag.invoicing.domain.Billable;
import se.uppdrag.invoicing.domain.Invoice;
import se.uppdrag.invoicing.domain.InvoiceLine;
import se.uppdrag.invoicing.domain.OccasionStart;
import se.uppdrag.invoicing.repository.AgreementTermsRepository;
import se.uppdrag.invoicing.repository.BillableRepository;
import se.uppdrag.invoicing.repository.InvoiceRepository;
import se.uppdrag.invoicing.repository.OccasionStartRepository;
import se.uppdrag.platform.kafka.TraceContext;
import se.uppdrag.platform.service.AfterCommit;
import se.uppdrag.platform.service.ClusterJobs;
import se.uppdrag.platform.service.SharedTransaction;
import se.uppdrag.platform.service.Sweep;

/**
 * Turns enrolment facts into invoices as the agreement's invoicing terms say: one invoice per order and moment
 * (confirmation, the occasion's start, or completion), a line per participant at the agreed price. Facts mark enrolments
 * due; the issuer (one thread, woken when a fact that made something due commits, and every issue-interval besides)
 * gathers an order's due enrolments once the rest of the order is decided (or has kept them waiting too long) and
 * either every enrolment of the order has been heard of or nothing new came for a moment, and bills them together.
 * A cancellation after invoicing is credited, keeping the fee; before invoicing, a fee above zero is invoiced alone.
 */
@ApplicationScoped
public class Billing {

    private static final Logger LOG = Logger.getLogger(Billing.class);

    @Inject
    BillableRepository billables;

    @Inject
    AgreementTermsRepository terms;

    @Inject
    InvoiceRepository invoices;

    @Inject
    Documents documents;

    @Inject
    OccasionStartRepository occasionStarts;

    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    ClusterJobs jobs;

    @Inject
    Tracer tracer;

    @Inject
    InvoicingConfig config;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private static final String ISSUE_AFTER_COMMIT = Billing.class.getName() + ".issue";
    private final ExecutorService issuer = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "invoice-issuer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean issueRequested = new AtomicBoolean();

    @Transactional(Transactional.TxType.MANDATORY)
    public void agreementTerms(AgreementTerms t) {
        if (terms.version(t.agreementId(), t.version()).isEmpty()) {
            AgreementTermsVersion v = new AgreementTermsVersion();
            v.key = new AgreementTermsVersion.Key(t.agreementId(), t.version());
            v.effectiveFrom = t.effectiveFrom();
            v.terms = t;
            terms.persist(v);
        }
    }

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

    /** Completed or not: due for completion, unless still waiting to be billed for its confirmation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enrolmentFinished(EnrolmentFact f) {
        Billable b = recorded(f);
        if (!Billable.Moment.CONFIRMATION.name().equals(b.dueMoment)) {
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
        b.occasionId = f.occasionId();
        b.seller = f.university();
        b.buyer = f.employer();
        b.participant = f.participant().givenName() + " " + f.participant().familyName() + " ("
                + f.participant().employeeNumber() + ")";
        b.status = f.status();
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
            AfterCommit.once(transactions, ISSUE_AFTER_COMMIT, this::wakeIssuer);
        }
    }

    /** A confirmed enrolment whose terms bill at the start: due from the occasion's first day (once its date is known). */
    private void dueAtStart(Billable b) {
        occasionStarts.findByIdOptional(b.occasionId).ifPresent(o -> b.dueFrom(Billable.Moment.START,
                o.startDate.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void occasion(UUID occasionId, LocalDate startDate) {
        OccasionStart start = occasionStarts.findById(occasionId);
        if (start == null) {
            start = new OccasionStart();
            start.occasionId = occasionId;
        }
        start.startDate = startDate;
        occasionStarts.persist(start);
    }

    private void dueUnlessBilled(Billable b, Billable.Moment moment) {
        if (!b.invoiced()) {
            b.due(moment, Instant.now(clock));
        }
    }

    private void cancelled(Billable b, BigDecimal fee) {
        b.fee = fee;
        if (b.invoiced()) {
            // Locked: a payment being matched may change the same invoice's status.
            Invoice invoice = invoices.findForUpdate(b.invoiceId).orElseThrow();
            BigDecimal credit = b.price.subtract(fee);
            if (credit.signum() > 0) {
                documents.creditNote(invoice, List.of(new Documents.Line(b.enrolmentId, InvoiceLine.CREDIT,
                        "Cancelled, fee " + fee.toPlainString() + " SEK kept: " + b.participant, credit)));
            }
        } else if (fee.signum() > 0) {
            b.due(Billable.Moment.CANCELLATION, Instant.now(clock));
        } else {
            b.notDue();
        }
    }

    private static final int DUE_BATCH = 500;
    /** Invoices issued in one transaction: enough to spare most commits, few enough that a retry one by one is short. */
    private static final int ISSUE_TOGETHER = 50;

    @Scheduled(every = "${uppdrag.invoicing.issue-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        wakeIssuer();
    }

    /**
     * Has the issuer thread bill what is due, soon. A request made while it runs makes it run once more after, so
     * nothing committed in between waits for the next interval; requests while one waits add nothing.
     */
    void wakeIssuer() {
        if (issueRequested.compareAndSet(false, true)) {
            issuer.execute(() -> {
                issueRequested.set(false);
                try {
                    // One instance issues at a time; one that finds another issuing leaves it to that one.
                    jobs.runAlone("invoice-issuer", this::issueDue);
                } catch (RuntimeException e) {
                    LOG.warnf("Issuing invoices failed, retrying at the next interval: %s", e.getMessage());
                }
            });
        }
    }

    @PreDestroy
    void stopIssuer() {
        issuer.shutdownNow();
    }

    /** Bills every order and moment whose due enrolments are ready; answers how many invoices were issued. */
    public int issueDue() {
        return Sweep.inWholeBatches(DUE_BATCH, this::dueGroups, groups -> {
            int issued = 0;
            for (int from = 0; from < groups.size(); from += ISSUE_TOGETHER) {
                issued += issueTogether(groups.subList(from, Math.min(groups.size(), from + ISSUE_TOGETHER)));
            }
            return issued;
        });
    }

    /**
     * Issues the orders' invoices in one transaction, one commit for all of them (numbers stay gap-free: a rollback
     * gives back every number taken). If any of them fails, each is issued on its own.
     */
    int issueTogether(List<Object[]> groups) {
        List<Boolean> issued = SharedTransaction.orEachAlone(groups, () -> groups.stream().map(group -> {
            boolean one = issueInTransaction((UUID) group[0], (String) group[1]).isPresent();
            SharedTransaction.release(entityManager);
            return one;
        }).toList(), group -> issue((UUID) group[0], (String) group[1]).isPresent());
        return (int) issued.stream().filter(Boolean::booleanValue).count();
    }

    @Transactional
    List<Object[]> dueGroups(int limit) {
        Instant now = Instant.now(clock);
        return billables.dueGroups(now, now.minus(config.settle()), now.minus(config.orderPatience()), limit);
    }

    /** One invoice for the order's enrolments due at this moment, if the terms bill at it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Invoice> issue(UUID orderId, String moment) {
        return issueInTransaction(orderId, moment);
    }

    private Optional<Invoice> issueInTransaction(UUID orderId, String moment) {
        List<Billable> due = billables.dueFor(orderId, moment);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Optional<AgreementTermsVersion> version = terms.latest(due.get(0).agreementId);
        if (version.isEmpty()) {
            LOG.debugf("Order %s waits for its agreement's terms before it is billed", orderId);
            return Optional.empty();
        }
        AgreementTerms t = version.get().terms;
        boolean fee = Billable.Moment.CANCELLATION.name().equals(moment);
        if (!fee) {
            // The terms decide when to bill; what is due is billed now if it has reached their moment.
            Billable.Moment billsAt = Billable.Moment.valueOf(t.invoicing().invoiceOn());
            if (billsAt == Billable.Moment.START && !Billable.Moment.START.name().equals(moment)) {
                due.forEach(this::dueAtStart);
                return Optional.empty();
            }
            List<Billable> ready = due.stream().filter(b -> b.hasReached(billsAt)).toList();
            due.stream().filter(b -> !ready.contains(b)).forEach(Billable::notDue);
            if (ready.isEmpty()) {
                return Optional.empty();
            }
            due = ready;
        }
        String trace = due.stream().map(b -> b.traceParent).filter(Objects::nonNull).findFirst().orElse(null);
        List<Documents.Line> lines = due.stream().map(b -> fee
                ? new Documents.Line(b.enrolmentId, InvoiceLine.FEE, "Cancellation fee: " + b.participant, b.fee)
                : new Documents.Line(b.enrolmentId, InvoiceLine.PRICE, "Commissioned education: " + b.participant, b.price))
                .toList();
        // Issued in the trace of the order it bills (the events that made it due carried it here).
        Invoice invoice = TraceContext.continueIn(tracer, "issue invoice", SpanKind.INTERNAL, trace,
                () -> documents.invoice(t, orderId, lines));
        due.forEach(b -> {
            if (!fee) {
                b.invoiceId = invoice.id;
            }
            b.notDue();
        });
        return Optional.of(invoice);
    }
}
