package se.uppdrag.agreement.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.jboss.logging.Logger;
import se.uppdrag.platform.service.ClusterJobs;
import se.uppdrag.platform.service.Sweep;

/**
 * Ends active agreements whose validity has passed, each in its own transaction with its AgreementExpired event; one
 * instance of the service at a time.
 */
@ApplicationScoped
public class AgreementExpiry {

    private static final Logger LOG = Logger.getLogger(AgreementExpiry.class);
    private static final int BATCH = 200;

    @Inject
    AgreementService agreements;

    @Inject
    ClusterJobs jobs;

    @Inject
    Clock clock;

    @Scheduled(
            every = "${uppdrag.agreements.expiry-check-interval:1h}",
            delayed = "${uppdrag.agreements.expiry-check-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        expireDue(LocalDate.now(clock));
    }

    /** Answers how many agreements expired, nothing if another instance is expiring them now. */
    public OptionalInt expireDue(LocalDate today) {
        OptionalInt expired = jobs.runAlone(
                "agreement-expiry",
                () -> Sweep.inBatches(
                        BATCH, n -> agreements.dueToExpire(today, n), id -> agreements.expireIfDue(id, today)));
        if (expired.orElse(0) > 0) {
            LOG.infof("%d agreements expired as of %s", expired.getAsInt(), today);
        }
        return expired;
    }
}
