package se.uppdrag.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import se.uppdrag.platform.kafka.KafkaProducers;
import se.uppdrag.platform.kafka.TraceContext;
import se.uppdrag.platform.service.Backoff;
import se.uppdrag.platform.service.Worker;

/**
 * Moves committed outbox rows to Kafka. Every instance of a service runs a relay, and one of them, the leader,
 * publishes: it holds a PostgreSQL advisory lock on a session of its own for as long as it lives, so leadership is
 * sticky, and it passes the moment that session ends (the leader stopped, died or lost the database), because the
 * other instances wait on the lock. A new leader's producer fences its predecessor (the transactional id is the
 * service's, see {@link KafkaProducers#transactional()}), so a batch the old leader left open is aborted at once.
 *
 * <p>Rows go out in id order in Kafka transactions; a row is deleted only after its transaction committed (acks=all).
 * No database transaction is held open across the broker's answer. If the leader dies between the commit and the
 * delete, the next leader sends those rows again: at-least-once, which consumers' inboxes absorb.
 *
 * <p>A transaction that wrote events wakes the relay of its own instance; on an instance that is not the leader it
 * also notifies the leader's listening session ({@link #CHANNEL}), so events leave at once wherever they were written.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The advisory lock the leader holds (an arbitrary constant; each service has its own database). */
    public static final long LEADER_LOCK = 0x75707064726167L;
    /** The channel an instance that is not the leader notifies when it committed events. */
    public static final String CHANNEL = "uppdrag_outbox";
    /** How long a waiting instance's lock request lasts before it looks whether it should stop, and asks again. */
    private static final String LOCK_WAIT = "1s";

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

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    /** Where the relay's sessions go if not where the pool's do: straight to PostgreSQL past a transaction pooler. */
    @ConfigProperty(name = "uppdrag.outbox.relay.jdbc-url")
    Optional<String> relayJdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    private volatile boolean leading;
    private Worker worker;
    private Counter published;

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.info("Outbox relay disabled");
            return;
        }
        published = Counter.builder("uppdrag.outbox.published")
                .description("Events the outbox relay published")
                .register(registry);
        Gauge.builder("uppdrag.outbox.relay.leader", () -> leading ? 1 : 0)
                .description("1 on the instance whose relay publishes the service's events, 0 on the others")
                .register(registry);
        worker = new Worker("outbox-relay", this::leadWhileHeld);
        worker.start();
        LOG.infof("Outbox relay started (batch %d, poll %s)", batchSize, pollInterval);
    }

    void stop(@Observes ShutdownEvent event) {
        if (worker != null) {
            worker.stop();
        }
    }

    /** Called after a transaction that wrote events commits, so they leave at once instead of at the next poll. */
    public void wake() {
        if (worker != null) {
            worker.wake();
        }
    }

    /** Whether this instance's relay publishes; the others notify it of the events they commit. */
    public boolean leads() {
        return leading;
    }

    /**
     * The relay worker's round: a session of its own, waiting for the lock on it, then publishing for as long as it is
     * held. A lost session fails the round, which the worker tries again after its backoff.
     */
    private void leadWhileHeld() throws SQLException {
        try (Connection session = openSession()) {
            if (awaitLeadership(session)) {
                lead(session);
            }
        } finally {
            if (leading) {
                leading = false;
                // A producer of a relay that no longer leads would be fenced by the next leader anyway.
                producers.discardTransactional();
                LOG.info("Outbox relay no longer leads");
            }
        }
    }

    /** Waits for the relay lock in slices, so that a stopping instance stops waiting; answers whether it holds it. */
    private boolean awaitLeadership(Connection session) throws SQLException {
        try (Statement statement = session.createStatement()) {
            statement.execute("set lock_timeout = '" + LOCK_WAIT + "'");
            while (worker.running()) {
                try {
                    statement.execute("select pg_advisory_lock(" + LEADER_LOCK + ")");
                    return true;
                } catch (SQLException e) {
                    if (!"55P03".equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
        }
        return false;
    }

    /** Publishes as the leader until the instance stops or the session is lost (which ends the leadership). */
    private void lead(Connection session) throws SQLException {
        leading = true;
        LOG.infof("Outbox relay leads: this instance publishes %s's events", applicationName);
        Backoff backoff = new Backoff();
        try (Listener listener = new Listener(openSession())) {
            while (worker.running()) {
                int sent;
                try {
                    sent = publishBatch(session);
                    backoff.reset();
                } catch (KafkaUnavailable e) {
                    Duration wait = backoff.next();
                    LOG.warnf("Outbox relay could not publish, retrying in %d ms: %s", wait.toMillis(), e.getMessage());
                    Backoff.sleep(wait);
                    continue;
                }
                if (sent < batchSize) {
                    worker.awaitWake(pollInterval);
                }
            }
        }
    }

    /** Publishes up to one batch on the leader's session; answers how many rows left the outbox. */
    private int publishBatch(Connection session) throws SQLException {
        List<Row> batch = new ArrayList<>();
        try (PreparedStatement select = session.prepareStatement(
                "select id, topic, aggregate_id, event_type, event_id, envelope, trace_parent from outbox"
                        + " order by id limit ?")) {
            select.setInt(1, batchSize);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batch.add(new Row(
                            rows.getLong(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getObject(5, UUID.class),
                            rows.getString(6),
                            rows.getString(7)));
                }
            }
        }
        if (batch.isEmpty()) {
            return 0;
        }
        send(batch);
        try (PreparedStatement delete = session.prepareStatement("delete from outbox where id = any(?)")) {
            delete.setArray(
                    1,
                    session.createArrayOf("bigint", batch.stream().map(Row::id).toArray()));
            delete.executeUpdate();
        }
        published.increment(batch.size());
        LOG.debugf("Published %d events", batch.size());
        return batch.size();
    }

    private record Row(
            long id,
            String topic,
            String aggregateId,
            String eventType,
            UUID eventId,
            String envelope,
            String traceParent) {}

    /**
     * Sends the batch as one Kafka transaction and returns once it is committed. If any record fails, the transaction
     * is aborted and the whole batch stays to be sent again: records of an aggregate that got through are invisible to
     * read_committed consumers, so none of its events can overtake an earlier one.
     */
    private void send(List<Row> batch) {
        Producer<String, String> producer;
        try {
            producer = producers.transactional();
        } catch (RuntimeException e) {
            throw new KafkaUnavailable("no transactional producer: " + e.getMessage(), e);
        }
        try {
            producer.beginTransaction();
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
            for (Row row : batch) {
                ProducerRecord<String, String> record =
                        new ProducerRecord<>(row.topic(), row.aggregateId(), row.envelope());
                record.headers().add("event-type", row.eventType().getBytes(StandardCharsets.UTF_8));
                record.headers().add("event-id", row.eventId().toString().getBytes(StandardCharsets.UTF_8));
                if (row.traceParent() != null) {
                    record.headers().add(TraceContext.HEADER, row.traceParent().getBytes(StandardCharsets.UTF_8));
                }
                acks.add(producer.send(record));
            }
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
            producer.commitTransaction();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort(producer, e);
            throw new KafkaUnavailable("interrupted", e);
        } catch (Exception e) {
            abort(producer, e);
            throw new KafkaUnavailable(
                    "batch of " + batch.size() + " events not published, first "
                            + batch.get(0).eventId() + ": " + e.getMessage(),
                    e);
        }
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

    /** A session of the relay's own, outside the pool: its end (and so its lock's) is the relay's to decide. */
    private Connection openSession() throws SQLException {
        Properties props = new Properties();
        username.ifPresent(u -> props.setProperty("user", u));
        password.ifPresent(p -> props.setProperty("password", p));
        props.setProperty("ApplicationName", applicationName + "-outbox-relay");
        props.setProperty("tcpKeepAlive", "true");
        String url = relayJdbcUrl.orElse(jdbcUrl);
        Connection connection = new Driver().connect(url, props);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL URL: " + url);
        }
        return connection;
    }

    /**
     * The leader's ear for the other instances: a session listening on {@link #CHANNEL} and a thread that wakes the
     * relay on each notification.
     */
    private final class Listener implements AutoCloseable {

        private final Connection session;
        private final Thread thread;
        private volatile boolean listening = true;

        Listener(Connection session) throws SQLException {
            this.session = session;
            try (Statement statement = session.createStatement()) {
                statement.execute("listen " + CHANNEL);
            }
            thread = new Thread(this::listen, "outbox-relay-listener");
            thread.setDaemon(true);
            thread.start();
        }

        private void listen() {
            PGConnection notifications;
            try {
                notifications = session.unwrap(PGConnection.class);
                while (listening) {
                    PGNotification[] received = notifications.getNotifications(500);
                    if (received != null && received.length > 0) {
                        wake();
                    }
                }
            } catch (SQLException e) {
                if (listening) {
                    // Most likely the database dropped this instance's sessions: have the relay find out now.
                    LOG.warnf("Outbox relay stopped listening for other instances' events: %s", e.getMessage());
                    wake();
                }
            }
        }

        @Override
        public void close() throws SQLException {
            listening = false;
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            session.close();
        }
    }

    /** Kafka refused or did not answer; the leader keeps its lock and tries again. */
    private static final class KafkaUnavailable extends RuntimeException {
        KafkaUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
