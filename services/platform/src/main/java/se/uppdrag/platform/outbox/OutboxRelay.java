package se.uppdrag.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.uppdrag.platform.kafka.KafkaProducers;

/**
 * Moves committed outbox rows to Kafka. One thread per service instance; across instances a PostgreSQL advisory
 * lock lets one relay publish at a time, so rows go out in id order and one aggregate's events never overtake
 * each other. A row is deleted only after the broker acknowledged it (acks=all); if the service dies between
 * the ack and the delete, the row is sent again on restart: at-least-once, which consumers' inboxes absorb.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** An arbitrary constant naming the relay's advisory lock; each service has its own database. */
    private static final long RELAY_LOCK = 0x75707064726167L;

    @Inject
    EntityManager entityManager;

    @Inject
    KafkaProducers producers;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "uppdrag.outbox.relay.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "uppdrag.outbox.relay.batch-size", defaultValue = "500")
    int batchSize;

    @ConfigProperty(name = "uppdrag.outbox.relay.poll-interval", defaultValue = "PT1S")
    Duration pollInterval;

    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private Counter published;

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.info("Outbox relay disabled");
            return;
        }
        published = Counter.builder("uppdrag.outbox.published").description("Events the outbox relay published")
                .register(registry);
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
        LOG.infof("Outbox relay started (batch %d, poll %s)", batchSize, pollInterval);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wake();
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Called after a transaction that wrote events commits, so they leave at once instead of at the next poll. */
    public void wake() {
        wakeUp.release();
    }

    private void loop() {
        Duration backoff = Duration.ofMillis(200);
        while (running) {
            try {
                int sent = publishBatch();
                backoff = Duration.ofMillis(200);
                if (sent < batchSize) {
                    wakeUp.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Outbox relay could not publish, retrying in %d ms: %s", backoff.toMillis(), e.getMessage());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10)
                        : backoff.multipliedBy(2);
            }
        }
    }

    /** Publishes up to one batch; answers how many rows left the outbox. */
    public int publishBatch() {
        return QuarkusTransaction.requiringNew().timeout(60).call(() -> {
            boolean leader = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, RELAY_LOCK).getSingleResult();
            if (!leader) {
                return 0;
            }
            List<OutboxRecord> batch = entityManager
                    .createQuery("from OutboxRecord order by id", OutboxRecord.class)
                    .setMaxResults(batchSize)
                    .getResultList();
            if (batch.isEmpty()) {
                return 0;
            }
            List<Long> acknowledged = send(batch);
            if (!acknowledged.isEmpty()) {
                entityManager.createQuery("delete from OutboxRecord where id in :ids")
                        .setParameter("ids", acknowledged).executeUpdate();
                published.increment(acknowledged.size());
                LOG.debugf("Published %d events", acknowledged.size());
            }
            return acknowledged.size();
        });
    }

    /**
     * Sends the batch as one Kafka transaction and answers the ids of its rows once it is committed. If any record
     * fails, the transaction is aborted and the whole batch stays to be sent again: records of an aggregate that got
     * through are invisible to read_committed consumers, so none of its events can overtake an earlier one.
     */
    private List<Long> send(List<OutboxRecord> batch) {
        Producer<String, String> producer = producers.transactional();
        try {
            producer.beginTransaction();
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
            for (OutboxRecord row : batch) {
                ProducerRecord<String, String> record = new ProducerRecord<>(row.topic, row.aggregateId, row.envelope);
                record.headers().add("event-type", row.eventType.getBytes(StandardCharsets.UTF_8));
                record.headers().add("event-id", row.eventId.toString().getBytes(StandardCharsets.UTF_8));
                acks.add(producer.send(record));
            }
            producer.flush();
            for (int i = 0; i < batch.size(); i++) {
                acks.get(i).get(30, TimeUnit.SECONDS);
            }
            producer.commitTransaction();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort(producer, e);
            return List.of();
        } catch (Exception e) {
            abort(producer, e);
            throw new IllegalStateException("batch of " + batch.size() + " events not published, first "
                    + batch.get(0).eventId + ": " + e.getMessage(), e);
        }
        return batch.stream().map(row -> row.id).toList();
    }

    private void abort(Producer<String, String> producer, Exception cause) {
        try {
            producer.abortTransaction();
        } catch (RuntimeException e) {
            // Fenced, timed out or in an unknown state: start again with a new producer.
            LOG.warnf("Outbox producer replaced after %s (aborting failed: %s)", cause.getMessage(), e.getMessage());
            producers.discardTransactional();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
