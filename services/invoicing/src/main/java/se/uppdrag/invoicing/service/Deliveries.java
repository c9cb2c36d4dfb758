package se.uppdrag.invoicing.service;

import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.logging.Logger;
import se.uppdrag.invoicing.domain.Delivery;
import se.uppdrag.invoicing.domain.Invoice;
import se.uppdrag.invoicing.repository.DeliveryRepository;
import se.uppdrag.invoicing.repository.InvoiceRepository;
import se.uppdrag.platform.security.Viewer;
import se.uppdrag.platform.service.AfterCommit;
import se.uppdrag.platform.service.Worker;

/**
 * Delivers issued invoices and credit notes to the buyers' Peppol access points. A document to a buyer with a Peppol
 * endpoint gets its delivery in the transaction that issues it (nothing issued is forgotten, nothing is sent for a
 * document rolled back); a worker sends it once that commits, and retries failures with a growing wait under the
 * same message id. Each attempt is claimed (for a lease) in a short transaction of its own and its outcome recorded in
 * another, so no transaction is held across the network; a sender that dies mid-attempt leaves the lease to run out.
 */
@Startup
@ApplicationScoped
public class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class);
    private static final String WAKE_AFTER_COMMIT = Deliveries.class.getName() + ".wake";
    /** Deliveries claimed at a time, and sent this many at once. */
    private static final int CLAIM = 32;

    private static final int SENDERS = 4;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    InvoiceRepository invoices;

    @Inject
    PeppolUbl ubl;

    @Inject
    PeppolAccessPoint accessPoint;

    @Inject
    InvoicingConfig config;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Clock clock;

    private final Worker worker = new Worker("peppol-delivery", this::deliverDue);
    private ExecutorService senders;

    @PostConstruct
    void start() {
        if (config.peppol().enabled()) {
            senders = Executors.newFixedThreadPool(SENDERS);
            worker.start();
        }
    }

    @PreDestroy
    void stop() {
        if (senders != null) {
            worker.stop();
            senders.shutdownNow();
        }
    }

    @Scheduled(
            every = "${uppdrag.invoicing.peppol.interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (senders != null) {
            worker.wake();
        }
    }

    /** A document just issued, to be delivered once its transaction commits: if the buyer has a Peppol endpoint. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(Invoice document) {
        String endpoint = document.parties == null || document.parties.buyer() == null
                ? null
                : document.parties.buyer().peppolEndpoint();
        if (!config.peppol().enabled() || endpoint == null || endpoint.isBlank()) {
            return;
        }
        deliveries.persist(Delivery.peppol(document.id, endpoint.strip(), Instant.now(clock)));
        AfterCommit.once(transactions, WAKE_AFTER_COMMIT, worker::wake);
    }

    /** Sends what is due, a batch at a time, until nothing is; answers how many were delivered. */
    public int deliverDue() throws Exception {
        int delivered = 0;
        for (; ; ) {
            List<PeppolAccessPoint.Parcel> batch = claimDue();
            if (batch.isEmpty()) {
                return delivered;
            }
            List<Future<PeppolAccessPoint.Outcome>> sent = new ArrayList<>();
            for (PeppolAccessPoint.Parcel parcel : batch) {
                sent.add(senders.submit(() -> accessPoint.send(parcel)));
            }
            for (int i = 0; i < batch.size(); i++) {
                PeppolAccessPoint.Outcome outcome = sent.get(i).get();
                record(batch.get(i).messageId(), outcome);
                delivered += outcome.delivered() ? 1 : 0;
            }
        }
    }

    /** Claims the deliveries due now (others' claims are skipped) and makes up what each sends. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<PeppolAccessPoint.Parcel> claimDue() {
        Instant now = Instant.now(clock);
        List<PeppolAccessPoint.Parcel> parcels = new ArrayList<>();
        for (Delivery d : deliveries.lockDue(now, CLAIM)) {
            d.claim(now, config.peppol().lease());
            Invoice document = invoices.findById(d.documentId);
            Invoice credited =
                    document.creditedInvoiceId == null ? null : invoices.findById(document.creditedInvoiceId);
            String xml = ubl.write(document, invoices.lines(document.id), credited);
            parcels.add(new PeppolAccessPoint.Parcel(
                    d.messageId, sender(document), d.receiver, !document.isInvoice(), xml));
        }
        return parcels;
    }

    /** The seller's own Peppol participant id, or its organisation number under the Swedish scheme 0007. */
    private static String sender(Invoice document) {
        String endpoint = document.parties == null || document.parties.seller() == null
                ? null
                : document.parties.seller().peppolEndpoint();
        return endpoint == null || endpoint.isBlank() ? "0007:" + document.seller : endpoint.strip();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void record(String messageId, PeppolAccessPoint.Outcome outcome) {
        Delivery d = deliveries.find("messageId", messageId).firstResult();
        Instant now = Instant.now(clock);
        InvoicingConfig.PeppolDelivery peppol = config.peppol();
        if (outcome.delivered()) {
            d.delivered(now);
            LOG.infof(
                    "Delivered %s to %s over Peppol%s",
                    d.documentId,
                    d.receiver,
                    outcome.result() == PeppolAccessPoint.Result.ALREADY_DELIVERED
                            ? " (the receiver had it from an earlier attempt)"
                            : "");
        } else {
            d.failed(outcome.detail(), now, peppol.firstWait(), peppol.longestWait(), peppol.maxAttempts());
            LOG.warnf(
                    "Delivery of %s to %s failed (attempt %d%s): %s",
                    d.documentId,
                    d.receiver,
                    d.attempts,
                    d.nextAttemptAt == null ? ", given up" : ", next " + d.nextAttemptAt,
                    outcome.detail());
        }
    }

    /**
     * Finance sends a document whose delivery was given up (or is still being retried) once more, now: the seller's
     * finance staff only; another organisation's document is not found.
     */
    @Transactional
    public Optional<Delivery> retry(Viewer viewer, UUID documentId) {
        Invoice document = invoices.findByIdOptional(documentId)
                .filter(i -> viewer.isOperator() || viewer.organisation().equals(i.seller))
                .orElse(null);
        if (document == null) {
            return Optional.empty();
        }
        Optional<Delivery> delivery = Optional.ofNullable(deliveries.findById(documentId));
        delivery.ifPresent(d -> {
            d.retry(Instant.now(clock));
            AfterCommit.once(transactions, WAKE_AFTER_COMMIT, worker::wake);
            LOG.infof("Delivery of %s to %s to be sent again, as finance asked", d.documentId, d.receiver);
        });
        return delivery;
    }
}
