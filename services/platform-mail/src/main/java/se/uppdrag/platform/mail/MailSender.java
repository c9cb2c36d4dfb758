package se.uppdrag.platform.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.vertx.ext.mail.SMTPException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.uppdrag.platform.service.Worker;

/**
 * Sends what the {@link MailOutbox} recorded, once the recording transaction has committed, and retries failures
 * with a growing wait under the same Message-ID. Each batch is claimed (for a lease) in a short transaction of its
 * own, sent at once over the mailer's connection pool, and each outcome recorded in another, so no transaction is
 * held across the network; a sender that dies mid-attempt leaves its lease to run out and the mail to be sent again,
 * recognisably the same. An address the server refuses for good is marked REFUSED and not tried again.
 */
@Startup
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);
    /** SMTP replies that say the address itself is wrong (RFC 5321 4.2.2): mailbox unavailable, not local, bad name. */
    private static final Set<Integer> ADDRESS_REFUSED = Set.of(550, 551, 553);

    @Inject
    ReactiveMailer mailer;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    @Inject
    Clock clock;

    @ConfigProperty(name = "uppdrag.mail.sending.enabled", defaultValue = "true")
    boolean enabled;

    /** The platform's own sender address; each mail names the organisation it is sent for. */
    @ConfigProperty(name = "uppdrag.mail.from", defaultValue = "noreply@uppdrag.localhost")
    String from;

    @ConfigProperty(name = "uppdrag.mail.batch-size", defaultValue = "50")
    int batchSize;

    @ConfigProperty(name = "uppdrag.mail.lease", defaultValue = "PT2M")
    Duration lease;

    @ConfigProperty(name = "uppdrag.mail.first-wait", defaultValue = "PT30S")
    Duration firstWait;

    @ConfigProperty(name = "uppdrag.mail.longest-wait", defaultValue = "PT1H")
    Duration longestWait;

    @ConfigProperty(name = "uppdrag.mail.max-attempts", defaultValue = "12")
    int maxAttempts;

    @ConfigProperty(name = "uppdrag.mail.send-timeout", defaultValue = "PT30S")
    Duration sendTimeout;

    private final Worker worker = new Worker("mail-sender", this::sendDue);
    private Counter sent;
    private Counter refused;
    private Counter failed;

    @PostConstruct
    void start() {
        sent = counter("SENT");
        refused = counter("REFUSED");
        failed = counter("FAILED");
        if (enabled) {
            worker.start();
            LOG.infof("Mail sender started (from %s, batch %d)", from, batchSize);
        } else {
            LOG.info("Mail sender disabled: mails are recorded and wait");
        }
    }

    private Counter counter(String outcome) {
        return Counter.builder("uppdrag.mail.attempts")
                .description("Mails the SMTP server accepted, refused for good, or that were given up")
                .tag("outcome", outcome)
                .register(registry);
    }

    /** At the start of shutdown, before the database goes: a round in progress finishes, no new one starts. */
    void stop(@Observes ShutdownEvent event) {
        worker.stop();
    }

    @Scheduled(every = "${uppdrag.mail.poll-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        wake();
    }

    /** Something was recorded or came due: a round soon. */
    public void wake() {
        if (enabled) {
            worker.wake();
        }
    }

    /** The domain of the platform's address, under which every Message-ID is made. */
    public String domain() {
        return from.substring(from.lastIndexOf('@') + 1).strip();
    }

    /** The platform's sender address, which calendar invitations name as their organiser's. */
    public String address() {
        return from.strip();
    }

    /** Sends what is due, a batch at a time, until nothing is; answers how many the server accepted. */
    public int sendDue() {
        int accepted = 0;
        for (; ; ) {
            List<Claimed> batch = QuarkusTransaction.requiringNew().call(this::claimDue);
            if (batch.isEmpty()) {
                return accepted;
            }
            List<CompletableFuture<Void>> sending = new ArrayList<>(batch.size());
            for (Claimed claimed : batch) {
                sending.add(mailer.send(claimed.mail()).subscribeAsCompletionStage());
            }
            for (int i = 0; i < batch.size(); i++) {
                Throwable failure = outcome(sending.get(i));
                UUID id = batch.get(i).id();
                QuarkusTransaction.requiringNew().run(() -> record(id, failure));
                accepted += failure == null ? 1 : 0;
            }
        }
    }

    private Throwable outcome(CompletableFuture<Void> sending) {
        try {
            sending.get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            sending.cancel(true);
            return new TimeoutException("no answer from the SMTP server within " + sendTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    private record Claimed(UUID id, Mail mail) {}

    private List<Claimed> claimDue() {
        Instant now = Instant.now(clock);
        List<QueuedMail> due = entityManager
                .createQuery(
                        "from QueuedMail where status = :pending and nextAttemptAt <= :now order by nextAttemptAt",
                        QueuedMail.class)
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(batchSize)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED: another sender has those
                .getResultList();
        List<Claimed> claimed = new ArrayList<>(due.size());
        for (QueuedMail q : due) {
            q.claim(now, lease);
            claimed.add(new Claimed(q.id, mail(q)));
        }
        return claimed;
    }

    private Mail mail(QueuedMail q) {
        Mail mail = new Mail()
                .addTo(q.recipient)
                .setFrom(fromHeader(q.senderName))
                .setSubject(q.subject)
                .setText(q.textBody)
                .addHeader("Message-ID", q.messageId)
                .addHeader("Auto-Submitted", "auto-generated");
        if (q.htmlBody != null) {
            mail.setHtml(q.htmlBody);
        }
        if (q.calendar != null) {
            CalendarEvent.Written calendar =
                    new CalendarEvent.Written(CalendarEvent.Method.valueOf(q.calendarMethod), q.calendar);
            mail.addAttachment("invitation.ics", q.calendar.getBytes(StandardCharsets.UTF_8), calendar.contentType());
        }
        return mail;
    }

    /** "Kustlands högskola via Uppdrag" at the platform's address: replies and bounces come to the platform. */
    private String fromHeader(String senderName) {
        if (senderName == null || senderName.isBlank()) {
            return address();
        }
        // Unquoted: the mail client encodes the name itself; what would end the name or the address goes.
        String name = senderName.replaceAll("[\"<>(),;:\\\\\\p{Cntrl}]", "").strip();
        return name + " via Uppdrag <" + address() + ">";
    }

    private void record(UUID id, Throwable failure) {
        QueuedMail q = entityManager.find(QueuedMail.class, id);
        Instant now = Instant.now(clock);
        if (failure == null) {
            q.sent(now);
            sent.increment();
            LOG.infof("Mail %s (%s) about %s sent", q.messageId, q.kind, q.about);
        } else if (addressRefused(failure)) {
            q.refused(failure.getMessage());
            refused.increment();
            LOG.warnf(
                    "Mail %s (%s) about %s: the address was refused: %s",
                    q.messageId, q.kind, q.about, failure.getMessage());
        } else {
            q.failed(failure.getMessage(), now, firstWait, longestWait, maxAttempts);
            if (q.status == MailStatus.FAILED) {
                failed.increment();
            }
            LOG.warnf(
                    "Mail %s (%s) about %s not sent (attempt %d%s): %s",
                    q.messageId,
                    q.kind,
                    q.about,
                    q.attempts,
                    q.nextAttemptAt == null ? ", given up" : ", next " + q.nextAttemptAt,
                    failure.getMessage());
        }
    }

    /** A permanent refusal of the address itself; anything else (a server down, a policy) may pass and is retried. */
    static boolean addressRefused(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SMTPException smtp && smtp.isPermanent()) {
                SMTPException.EnhancedStatus status = smtp.getEnhancedStatus();
                return ADDRESS_REFUSED.contains(smtp.getReplyCode())
                        || status == SMTPException.EnhancedStatus.OTHER_ADDRESS
                        || status == SMTPException.EnhancedStatus.OTHER_MAILBOX;
            }
        }
        return false;
    }
}
