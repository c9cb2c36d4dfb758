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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import se.uppdrag.contracts.agreement.AgreementTerms;
import se.uppdrag.invoicing.domain.AgreementTermsVersion;
import se.uppdrag.invoicing.domain.Billable;
import se.uppdrag.invoicing.domain.EnrolmentStatus;
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
        if (moment == Billable.Moment.FUNDING) {
            return issueShares(t, orderId, due);
        }
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
        List<Billable> billed = due;
        String trace = billed.stream()
                .map(b -> b.traceParent)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        // Issued in the trace of the order it bills (the events that made it due carried it here).
        Invoice invoice = TraceContext.continueIn(
                tracer,
                "issue invoice",
                SpanKind.INTERNAL,
                trace,
                () -> fee ? issueFees(t, orderId, billed) : issueSeats(t, orderId, billed));
        billed.forEach(Billable::notDue);
        return Optional.of(invoice);
    }

    /** Cancellation fees: never funded, so under a claim-back scheme not fundable either. */
    private Invoice issueFees(AgreementTerms t, UUID orderId, List<Billable> due) {
        Boolean fundable = t.fundedAs(AgreementTerms.FundingModel.EMPLOYER_CLAIMS) ? Boolean.FALSE : null;
        List<Documents.Line> lines = due.stream()
                .map(b -> new Documents.Line(
                        b.enrolmentId,
                        InvoiceLine.FEE,
                        b.invoiced()
                                ? "Cancellation fee " + b.fee.toPlainString() + " SEK, less "
                                        + b.billedToEmployer().toPlainString() + " SEK invoiced before: "
                                        + b.participant
                                : "Cancellation fee: " + b.participant,
                        b.feeToBill(),
                        b.costCentre,
                        null,
                        fundable))
                .toList();
        return documents.invoice(t, orderId, references(due), lines);
    }

    /**
     * The seats' invoice to the employer, less a funder's share where the terms' scheme has the funder pay it or shows
     * it as a subsidy. Under a scheme where the funder is invoiced, the funder's invoice for the seats it pays for now
     * is issued in the same transaction; the share for a participant who did not complete, where the funder pays on
     * completion only, is on the employer's invoice; the rest waits for completion ({@link Billable.Moment#FUNDING}).
     */
    private Invoice issueSeats(AgreementTerms t, UUID orderId, List<Billable> due) {
        List<Documents.Line> lines = new ArrayList<>();
        List<Billable> toFunder = new ArrayList<>();
        List<Billable> unfunded = new ArrayList<>();
        for (Billable b : due) {
            lines.add(seatLine(t, b));
            if (t.fundedAs(AgreementTerms.FundingModel.FUNDER_INVOICED)) {
                if (funderPays(t, b)) {
                    toFunder.add(b);
                } else if (b.hasReached(Billable.Moment.FUNDING)) {
                    unfunded.add(b);
                }
            }
        }
        unfunded.forEach(b -> lines.add(unfundedLine(t, b)));
        Invoice invoice = documents.invoice(t, orderId, references(due), lines);
        due.forEach(b -> b.invoiceId = invoice.id);
        unfunded.forEach(b -> b.shareInvoiceId = invoice.id);
        if (t.fundedAs(AgreementTerms.FundingModel.SUBSIDY)) {
            due.forEach(b -> b.shareInvoiceId = invoice.id); // settled as an allowance on it
        }
        if (!toFunder.isEmpty()) {
            issueToFunder(t, orderId, toFunder);
        }
        return invoice;
    }

    /** Shares whose condition was decided after the employer's invoice: to the funder, or to the employer if not met. */
    private Optional<Invoice> issueShares(AgreementTerms t, UUID orderId, List<Billable> due) {
        List<Billable> outstanding = due.stream()
                .filter(Billable::shareOutstanding)
                .filter(b -> b.hasReached(Billable.Moment.FUNDING))
                .toList();
        due.forEach(Billable::notDue);
        if (outstanding.isEmpty()) {
            return Optional.empty();
        }
        boolean schemeInForce = t.fundedAs(AgreementTerms.FundingModel.FUNDER_INVOICED);
        List<Billable> toFunder = outstanding.stream()
                .filter(b -> schemeInForce && funderPays(t, b))
                .toList();
        List<Billable> unfunded =
                outstanding.stream().filter(b -> !toFunder.contains(b)).toList();
        Invoice first = null;
        if (!unfunded.isEmpty()) {
            first = documents.invoice(
                    t,
                    orderId,
                    references(unfunded),
                    unfunded.stream().map(b -> unfundedLine(t, b)).toList());
            Invoice employers = first;
            unfunded.forEach(b -> b.shareInvoiceId = employers.id);
        }
        if (!toFunder.isEmpty()) {
            Invoice funders = issueToFunder(t, orderId, toFunder);
            first = first == null ? funders : first;
        }
        return Optional.ofNullable(first);
    }

    private Invoice issueToFunder(AgreementTerms t, UUID orderId, List<Billable> seats) {
        List<Documents.Line> lines = seats.stream()
                .map(b -> new Documents.Line(
                        b.enrolmentId,
                        InvoiceLine.FUNDED_SHARE,
                        "Funded share (" + t.funding().sharePercent() + " %) for "
                                + t.employer().name() + ": " + b.participant,
                        b.funded,
                        null))
                .toList();
        Invoice invoice = documents.funderInvoice(t, orderId, references(seats), lines);
        seats.forEach(b -> b.shareInvoiceId = invoice.id);
        return invoice;
    }

    /** The funder pays for the seat now: the scheme has no condition, or the participant completed. */
    private static boolean funderPays(AgreementTerms t, Billable b) {
        return !t.funding().onlyOnCompletion() || b.status == EnrolmentStatus.COMPLETED;
    }

    private static Documents.Line seatLine(AgreementTerms t, Billable b) {
        String description = "Commissioned education: " + b.participant;
        if (t.funding() == null) {
            return new Documents.Line(b.enrolmentId, InvoiceLine.PRICE, description, b.price, b.costCentre);
        }
        AgreementTerms.Funding funding = t.funding();
        return switch (funding.fundingModel()) {
            case FUNDER_INVOICED -> {
                b.funded = funding.shareOf(b.price);
                yield new Documents.Line(
                        b.enrolmentId,
                        InvoiceLine.PRICE,
                        description + " (price " + b.price.toPlainString() + " SEK less " + b.funded.toPlainString()
                                + " SEK paid by " + funding.funder().name() + ")",
                        b.billedToEmployer(),
                        b.costCentre);
            }
            case SUBSIDY -> {
                b.funded = funding.shareOf(b.price);
                yield new Documents.Line(
                        b.enrolmentId,
                        InvoiceLine.PRICE,
                        description,
                        b.billedToEmployer(),
                        b.costCentre,
                        b.funded,
                        null);
            }
            case EMPLOYER_CLAIMS ->
                new Documents.Line(
                        b.enrolmentId, InvoiceLine.PRICE, description, b.price, b.costCentre, null, Boolean.TRUE);
        };
    }

    private static Documents.Line unfundedLine(AgreementTerms t, Billable b) {
        String funder =
                t.funding() == null ? "the funder" : t.funding().funder().name();
        return new Documents.Line(
                b.enrolmentId,
                InvoiceLine.UNFUNDED_SHARE,
                "Not paid by " + funder + " ("
                        + b.status.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "): " + b.participant,
                b.funded,
                b.costCentre);
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
