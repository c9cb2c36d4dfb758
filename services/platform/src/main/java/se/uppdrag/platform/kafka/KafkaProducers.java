package se.uppdrag.platform.kafka;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Kafka producers a service uses: a transactional one for its outbox and an idempotent one for its dead letters.
 * SmallRye's default is acks=1; here every record waits for all in-sync replicas, and idempotence keeps retries
 * from duplicating or reordering records of one partition. The outbox's batches go out as Kafka transactions, so a
 * batch that fails half-way is aborted as a whole and no read_committed consumer sees a later event of an aggregate
 * without the earlier one (a broker restart had let an EnrolmentConfirmed overtake its EnrolmentRequested).
 */
@ApplicationScoped
public class KafkaProducers {

    private final KafkaClientSettings settings;
    private final String clientId;
    private final String transactionalId;
    private volatile Producer<String, String> producer;
    private Producer<String, String> transactional;

    KafkaProducers(
            KafkaClientSettings settings,
            @ConfigProperty(name = "quarkus.application.name") String applicationName,
            @ConfigProperty(name = "uppdrag.outbox.relay.transactional-id") Optional<String> transactionalId) {
        this.settings = settings;
        this.clientId = applicationName + "-outbox";
        this.transactionalId = transactionalId.orElse(clientId);
    }

    public Producer<String, String> producer() {
        Producer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(settings.with(config()));
                }
                p = producer;
            }
        }
        return p;
    }

    /**
     * The outbox relay leader's producer, transactions initialised. Its transactional id is the same for every
     * instance of the service (by default the service's name), so the first call on a new leader fences the previous
     * one: a transaction it left open is aborted at once instead of holding read_committed consumers of its partitions
     * back until it times out, and anything it still tries to send is refused.
     */
    public synchronized Producer<String, String> transactional() {
        if (transactional == null) {
            Map<String, Object> own = config();
            own.put(ProducerConfig.CLIENT_ID_CONFIG, clientId + "-tx");
            own.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
            // Only for a leader that hangs without dying: one that dies is fenced by the next at once.
            own.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 30_000);
            KafkaProducer<String, String> created = new KafkaProducer<>(settings.with(own));
            try {
                created.initTransactions();
            } catch (RuntimeException e) {
                created.close(Duration.ZERO);
                throw e;
            }
            transactional = created;
        }
        return transactional;
    }

    /** Drops the outbox producer after an error it cannot recover from; the next call makes a new one. */
    public synchronized void discardTransactional() {
        if (transactional != null) {
            transactional.close(Duration.ZERO);
            transactional = null;
        }
    }

    private Map<String, Object> config() {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // Fail a send within bounded time when the broker is away; the outbox keeps the rows and tries again.
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }

    @PreDestroy
    void close() {
        Producer<String, String> p = producer;
        if (p != null) {
            p.close(Duration.ofSeconds(5));
        }
        synchronized (this) {
            if (transactional != null) {
                transactional.close(Duration.ofSeconds(5));
            }
        }
    }
}
