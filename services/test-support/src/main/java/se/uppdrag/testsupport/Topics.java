package se.uppdrag.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import se.uppdrag.contracts.EventJson;

/**
 * Reads and writes the test broker's topics the way another service would, through real Kafka clients (the Kafka
 * companion's, and a plain consumer where a topic is read up to its end offsets): reading only what was committed, as
 * the services' consumers do.
 */
public final class Topics {

    private Topics() {}

    /**
     * Reads the topic from its beginning until {@code count} records match, or fails after {@code timeout}. Answers
     * the matching records in partition-then-offset order (per key that is publication order).
     */
    public static List<ConsumerRecord<String, String>> await(
            String topic, Predicate<ConsumerRecord<String, String>> match, int count, Duration timeout) {
        try (KafkaCompanion companion = new KafkaCompanion(TestKafka.bootstrapServers());
                ConsumerTask<String, String> task = companion
                        .consumeStrings()
                        .withGroupId("test-reader-" + UUID.randomUUID())
                        .withProp(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                        .withIsolationLevel(IsolationLevel.READ_COMMITTED)
                        .fromTopics(
                                topic, records -> records.filter(match).select().first(count))) {
            try {
                task.awaitCompletion(timeout);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(
                        "Expected " + count + " matching records on " + topic + " within " + timeout + " but found "
                                + task.count(),
                        e);
            }
            return task.getRecords().stream()
                    .sorted(Comparator.comparingInt(ConsumerRecord<String, String>::partition)
                            .thenComparingLong(ConsumerRecord::offset))
                    .toList();
        }
    }

    /** Everything on the topic now (read until a quiet poll). */
    public static List<ConsumerRecord<String, String>> readAll(String topic) {
        return readAll(TestKafka.bootstrapServers(), topic);
    }

    /** Everything committed on the topic of another broker (one a test started itself) now. */
    public static List<ConsumerRecord<String, String>> readAll(String bootstrapServers, String topic) {
        List<ConsumerRecord<String, String>> all = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer(bootstrapServers)) {
            List<TopicPartition> partitions = new ArrayList<>();
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            if (infos == null) {
                return all;
            }
            infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(all::add);
            }
        }
        return all;
    }

    public static Predicate<ConsumerRecord<String, String>> keyed(String key) {
        return record -> key.equals(record.key());
    }

    public static JsonNode json(ConsumerRecord<String, String> record) {
        try {
            return EventJson.mapper().readTree(record.value());
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + record.value(), e);
        }
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Sends a record and waits for the broker's ack, as a producing service would. */
    public static void send(String topic, String key, String value) {
        sendAll(topic, List.of(Map.entry(key, value)));
    }

    /** Sends many records through one producer and waits for all acks (a burst, as from a busy service). */
    public static void sendAll(String topic, List<Map.Entry<String, String>> keyedValues) {
        try (KafkaCompanion companion = new KafkaCompanion(TestKafka.bootstrapServers())) {
            companion
                    .produceStrings()
                    .withProp(ProducerConfig.ACKS_CONFIG, "all")
                    .withProp(ProducerConfig.LINGER_MS_CONFIG, 5)
                    .withConcurrency()
                    .fromRecords(keyedValues.stream()
                            .map(r -> new ProducerRecord<>(topic, r.getKey(), r.getValue()))
                            .toList())
                    .awaitCompletion(Duration.ofSeconds(60));
        }
    }

    private static KafkaConsumer<String, String> consumer(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }
}
