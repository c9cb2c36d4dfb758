package se.uppdrag.platform.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Properties;

/**
 * The service's whole Kafka configuration (every {@code kafka.*} property and {@code KAFKA_*} variable, as Quarkus
 * gathers them for its own clients) as the base of every client the platform builds itself: the outbox relay's and
 * the dead letters' producers and the dead-letter reader. A broker that asks for TLS or SASL/SCRAM (as Strimzi's
 * listeners do) is then reached by those clients exactly as by the consumers SmallRye builds.
 */
@ApplicationScoped
public class KafkaClientSettings {

    private final Map<String, Object> shared;

    @Inject
    KafkaClientSettings(@Identifier("default-kafka-broker") Map<String, Object> shared) {
        this.shared = Map.copyOf(shared);
    }

    /** The shared settings with this client's own on top: what the client needs to be what it is wins. */
    public Properties with(Map<String, Object> own) {
        return merge(shared, own);
    }

    static Properties merge(Map<String, Object> shared, Map<String, Object> own) {
        Properties props = new Properties();
        shared.forEach((key, value) -> {
            // Set for SmallRye's consumers; a client built here names its own group if it has one.
            if (!"group.id".equals(key)) {
                props.put(key, value);
            }
        });
        props.putAll(own);
        return props;
    }
}
