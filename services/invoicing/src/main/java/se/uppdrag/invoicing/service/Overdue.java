package se.uppdrag.invoicing.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.jboss.logging.Logger;
import se.uppdrag.invoicing.domain.Invoice;
import se.uppdrag.invoicing.domain.InvoiceStatus;
import se.uppdrag.invoicing.repository.InvoiceRepository;
import se.uppdrag.platform.service.ClusterJobs;
import se.uppdrag.platform.service.Sweep;

/**
 * Marks open or partly paid invoices past their due date as overdue, each with an InvoiceOverdue event, once; one
 * instance of the service at a time.
 */
@ApplicationScoped
public class Overdue {

    private static final Logger LOG = Logger.getLogger(Overdue.class);
    private static final int BATCH = 200;

    @Inject
    InvoiceRepository invoices;

    @Inject
    InvoiceEvents events;

    @Inject
    ClusterJobs jobs;

    @Inject
    Clock clock;

    @Scheduled(
            every = "${uppdrag.invoicing.overdue-check-interval:1h}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        markOverdue(LocalDate.now(clock));
    }

    /** Answers how many invoices became overdue, nothing if another instance is marking them now. */
    public OptionalInt markOverdue(LocalDate today) {
        OptionalInt marked = jobs.runAlone(
                "invoice-overdue",
                () -> Sweep.inBatches(BATCH, n -> pastDue(today, n), id -> markIfPastDue(id, today)));
        if (marked.orElse(0) > 0) {
            LOG.infof("%d invoices overdue as of %s", marked.getAsInt(), today);
        }
        return marked;
    }

    @Transactional
    List<UUID> pastDue(LocalDate today, int limit) {
        return invoices.pastDue(today, limit);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean markIfPastDue(UUID id, LocalDate today) {
        Invoice invoice = invoices.findForUpdate(id).orElse(null);
        if (invoice == null || !invoice.canBecomeOverdue() || !invoice.dueDate.isBefore(today)) {
            return false;
        }
        invoice.status = InvoiceStatus.OVERDUE;
        events.overdue(invoice, invoice.open());
        return true;
    }
}
