package se.uppdrag.invoicing.service;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import se.uppdrag.contracts.agreement.AgreementTerms;
import se.uppdrag.invoicing.domain.AgreementTermsVersion;
import se.uppdrag.invoicing.domain.Billable;
import se.uppdrag.invoicing.domain.Invoice;
import se.uppdrag.invoicing.domain.InvoiceLine;
import se.uppdrag.invoicing.repository.AgreementTermsRepository;
import se.uppdrag.invoicing.repository.BillableRepository;
import se.uppdrag.invoicing.repository.BillableRepository.DueGroup;
import se.uppdrag.invoicing.repository.OccasionStartRepository;
import se.uppdrag.platform.kafka.TraceContext;
import se.uppdrag.platform.service.ClusterJobs;
import se.uppdrag.platform.service.SharedTransaction;
import se.uppdrag.platform.service.Sweep;
import se.uppdrag.platform.service.Worker;

/**
 * Bills what is due: gathers an order's due enrolments once the rest of the order is decided (or has kept them waiting
 * too long) and either every enrolment of the order has been heard of or nothing new came for a moment, and issues
 * their invoice. It works on a {@link Worker} of its own, woken when a fact that made something due commits and every
 * issue-interval besides, on one instance of the service at a time.
 */
@Startup
@ApplicationScoped
public class InvoiceIssuer {

    private static final Logger LOG = Logger.getLogger(InvoiceIssuer.class);

    @Inject
    BillableRepository billables;

    @Inject
    AgreementTermsRepository terms;

    @Inject
    OccasionStartRepository occasionStarts;

    @Inject
    Documents documents;

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

    // One instance issues at a time; one that finds another issuing leaves it to that one.
    private final Worker worker = new Worker("invoice-issuer", () -> jobs.runAlone("invoice-issuer", this::issueDue));

    @PostConstruct
    void start() {
        worker.start();
    }

    @PreDestroy
    void stop() {
        worker.stop();
    }

    private static final int DUE_BATCH = 500;
    /** Invoices issued in one transaction: enough to spare most commits, few enough that a retry one by one is short. */
    private static final int ISSUE_TOGETHER = 50;

    @Scheduled(
            every = "${uppdrag.invoicing.issue-interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        wake();
    }

    /**
     * Has the worker bill what is due, soon. A request made while it runs makes it run once more after, so nothing
     * committed in between waits for the next interval; requests while one waits add nothing.
     */
    public void wake() {
        worker.wake();
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
    int issueTogether(List<DueGroup> groups) {
        List<Boolean> issued = SharedTransaction.orEachAlone(
                groups,
                () -> groups.stream()
                        .map(group -> {
                            boolean one = issueInTransaction(group.orderId(), group.moment())
                                    .isPresent();
                            SharedTransaction.release(entityManager);
                            return one;
                        })
                        .toList(),
                group -> issue(group.orderId(), group.moment()).isPresent());
        return (int) issued.stream().filter(Boolean::booleanValue).count();
    }

    @Transactional
    List<DueGroup> dueGroups(int limit) {
        Instant now = Instant.now(clock);
        return billables.dueGroups(now, now.minus(config.settle()), now.minus(config.orderPatience()), limit);
    }

    /** One invoice for the order's enrolments due at this moment, if the terms bill at it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Invoice> issue(UUID orderId, Billable.Moment moment) {
        return issueInTransaction(orderId, moment);
    }

    private Optional<Invoice> issueInTransaction(UUID orderId, Billable.Moment moment) {
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
        boolean fee = moment == Billable.Moment.CANCELLATION;
        if (!fee) {
            // The terms decide when to bill; what is due is billed now if it has reached their moment.
            Billable.Moment billsAt = Billable.Moment.valueOf(t.invoicing().invoiceOn());
            if (billsAt == Billable.Moment.START && moment != Billable.Moment.START) {
                due.forEach(this::dueAtStart);
                return Optional.empty();
            }
            List<Billable> ready =
                    due.stream().filter(b -> b.hasReached(billsAt)).toList();
            due.stream().filter(b -> !ready.contains(b)).forEach(Billable::notDue);
            if (ready.isEmpty()) {
                return Optional.empty();
            }
            due = ready;
        }
        String trace = due.stream()
                .map(b -> b.traceParent)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        List<Documents.Line> lines = due.stream()
                .map(b -> fee
                        ? new Documents.Line(
                                b.enrolmentId,
                                InvoiceLine.FEE,
                                "Cancellation fee: " + b.participant,
                                b.fee,
                                b.costCentre)
                        : new Documents.Line(
                                b.enrolmentId,
                                InvoiceLine.PRICE,
                                "Commissioned education: " + b.participant,
                                b.price,
                                b.costCentre))
                .toList();
        Documents.OrderReferences references = references(due);
        // Issued in the trace of the order it bills (the events that made it due carried it here).
        Invoice invoice = TraceContext.continueIn(
                tracer,
                "issue invoice",
                SpanKind.INTERNAL,
                trace,
                () -> documents.invoice(t, orderId, references, lines));
        due.forEach(b -> {
            if (!fee) {
                b.invoiceId = invoice.id;
            }
            b.notDue();
        });
        return Optional.of(invoice);
    }

    /** A confirmed enrolment whose terms bill at the start: due from the occasion's first day (once its date is known). */
    private void dueAtStart(Billable b) {
        occasionStarts
                .findByIdOptional(b.occasionId)
                .ifPresent(o -> b.dueFrom(
                        Billable.Moment.START,
                        o.startDate.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /**
     * The order's references as its enrolments' events carried them: the order number (every enrolment of an order has
     * the same) and, for the whole document, the cost centre only when every line is charged to that one; otherwise
     * each line says its own.
     */
    private static Documents.OrderReferences references(List<Billable> due) {
        Set<String> costCentres = due.stream().map(b -> b.costCentre).collect(Collectors.toSet());
        return new Documents.OrderReferences(
                due.stream()
                        .map(b -> b.orderReference)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(null),
                costCentres.size() == 1 ? costCentres.iterator().next() : null);
    }
}
