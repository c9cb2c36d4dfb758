package se.uppdrag.agreement.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.logging.Logger;
import se.uppdrag.platform.service.Sweep;

/** Ends active agreements whose validity has passed, each in its own transaction with its AgreementExpired event. */
@ApplicationScoped
public class AgreementExpiry {

    private static final Logger LOG = Logger.getLogger(AgreementExpiry.class);
    private static final int BATCH = 200;

    @Inject
    AgreementService agreements;

    @Inject
    Clock clock;

    @Scheduled(every = "${uppdrag.agreements.expiry-check-interval:1h}", delayed = "${uppdrag.agreements.expiry-check-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        expireDue(LocalDate.now(clock));
    }

    /** Answers how many agreements expired. */
    public int expireDue(LocalDate today) {
        int expired = Sweep.inBatches(BATCH, n -> agreements.dueToExpire(today, n), id -> agreements.expireIfDue(id, today));
        if (expired > 0) {
            LOG.infof("%d agreements expired as of %s", expired, today);
        }
        return expired;
    }
}
