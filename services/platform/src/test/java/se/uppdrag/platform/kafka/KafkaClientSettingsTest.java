package se.uppdrag.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaClientSettingsTest {

    private static final Map<String, Object> STRIMZI_SCRAM = Map.of(
            "bootstrap.servers", "uppdrag-kafka-bootstrap:9093",
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "SCRAM-SHA-512",
            "sasl.jaas.config",
                    "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"catalogue\""
                            + " password=\"secret\";",
            "ssl.truststore.type", "PEM",
            "ssl.truststore.location", "/etc/kafka-ca/ca.crt",
            "acks", "1",
            "group.id", "catalogue");

    @Test
    void a_client_built_here_reaches_a_broker_that_asks_for_tls_and_scram() {
        Properties props = KafkaClientSettings.merge(STRIMZI_SCRAM, Map.of("client.id", "catalogue-outbox"));

        assertThat(props)
                .containsEntry("bootstrap.servers", "uppdrag-kafka-bootstrap:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", STRIMZI_SCRAM.get("sasl.jaas.config"))
                .containsEntry("ssl.truststore.type", "PEM")
                .containsEntry("ssl.truststore.location", "/etc/kafka-ca/ca.crt")
                .containsEntry("client.id", "catalogue-outbox");
    }

    @Test
    void the_clients_own_settings_win_and_the_consumers_group_is_not_borrowed() {
        Properties props = KafkaClientSettings.merge(STRIMZI_SCRAM, Map.of("acks", "all"));

        assertThat(props).containsEntry("acks", "all").doesNotContainKey("group.id");
    }
}
