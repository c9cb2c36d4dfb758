package se.uppdrag.platform.kafka;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
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

    private final String bootstrapServers;
    private final String clientId;
    private volatile Producer<String, String> producer;
    private Producer<String, String> transactional;

    KafkaProducers(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.bootstrapServers = bootstrapServers;
        this.clientId = applicationName + "-outbox";
    }

    public Producer<String, String> producer() {
        Producer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(config());
                }
                p = producer;
            }
        }
        return p;
    }

    /**
     * The outbox relay's producer, transactions initialised; one relay thread uses it at a time. Its transactional id
     * is unique to this process: the relay's advisory lock, not Kafka's fencing, keeps two instances from publishing
     * at once.
     */
    public synchronized Producer<String, String> transactional() {
        if (transactional == null) {
            Properties props = config();
            props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId + "-tx");
            props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, clientId + "-" + UUID.randomUUID());
            // An orphaned transaction (the relay died mid-batch) holds read_committed consumers back until it times out.
            props.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 30_000);
            KafkaProducer<String, String> created = new KafkaProducer<>(props);
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

    private Properties config() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
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
