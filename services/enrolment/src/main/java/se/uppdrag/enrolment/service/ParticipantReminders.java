package se.uppdrag.enrolment.service;

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
import se.uppdrag.enrolment.domain.Enrolment;
import se.uppdrag.enrolment.domain.EnrolmentStatus;
import se.uppdrag.enrolment.domain.OccasionFact;
import se.uppdrag.enrolment.repository.EnrolmentRepository;
import se.uppdrag.enrolment.repository.OccasionFactRepository;
import se.uppdrag.platform.service.ClusterJobs;
import se.uppdrag.platform.service.Sweep;

/**
 * Reminds confirmed participants of the start a configured number of days before it
 * ({@code uppdrag.enrolment.reminders.days-before-start}), each seat once; one instance of the service at a time.
 */
@ApplicationScoped
public class ParticipantReminders {

    private static final Logger LOG = Logger.getLogger(ParticipantReminders.class);
    private static final int BATCH = 200;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    OccasionFactRepository occasions;

    @Inject
    ParticipantNotices notices;

    @Inject
    EnrolmentConfig config;

    @Inject
    ClusterJobs jobs;

    @Inject
    Clock clock;

    @Scheduled(
            every = "${uppdrag.enrolment.reminders.interval:1h}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        remind(LocalDate.now(clock));
    }

    /** Answers how many participants were reminded, nothing if reminders are off or another instance is at it. */
    public OptionalInt remind(LocalDate today) {
        int days = config.reminders().daysBeforeStart();
        if (days <= 0) {
            return OptionalInt.empty();
        }
        LocalDate until = today.plusDays(days);
        OptionalInt reminded = jobs.runAlone(
                "participant-reminders",
                () -> Sweep.inBatches(BATCH, n -> due(today, until, n), id -> remindIfDue(id, today, until)));
        if (reminded.orElse(0) > 0) {
            LOG.infof("%d participants reminded of starts until %s", reminded.getAsInt(), until);
        }
        return reminded;
    }

    @Transactional
    List<UUID> due(LocalDate today, LocalDate until, int limit) {
        return enrolments.dueForReminder(today, until, limit);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean remindIfDue(UUID id, LocalDate today, LocalDate until) {
        Enrolment e = enrolments.findForUpdate(id).orElse(null);
        if (e == null || e.status != EnrolmentStatus.CONFIRMED || e.remindedAt != null) {
            return false;
        }
        OccasionFact occasion = occasions.findById(e.occasionId);
        if (occasion.startDate.isBefore(today) || occasion.startDate.isAfter(until)) {
            return false; // moved since it was found due
        }
        notices.remind(e);
        return true;
    }
}
