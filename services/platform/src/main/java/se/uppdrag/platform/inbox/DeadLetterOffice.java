package se.uppdrag.platform.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.uppdrag.contracts.EventJson;
import se.uppdrag.contracts.Topics;
import se.uppdrag.platform.kafka.KafkaClientSettings;

/**
 * What this service's consumers gave up on, read back from the dead-letter topics for an operator, and replayed
 * through the same consumer's inbox once the cause is fixed. A replay of an event already applied changes nothing
 * (the inbox knows its id); one that still cannot be applied becomes a new dead letter with the new reason.
 */
@ApplicationScoped
public class DeadLetterOffice {

    private static final Logger LOG = Logger.getLogger(DeadLetterOffice.class);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    /** One dead letter as an operator sees it. */
    public record Letter(
            String topic,
            int partition,
            long offset,
            Instant deadLetteredAt,
            String consumer,
            String reason,
            String originalTopic,
            Long originalOffset,
            String key,
            UUID eventId,
            String eventType,
            boolean applied,
            String value) {}

    @Inject
    Instance<EventConsumer> consumers;

    @Inject
    Inbox inbox;

    @Inject
    EntityManager entityManager;

    @Inject
    KafkaClientSettings kafka;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    /** This service's consumers by name. */
    Map<String, EventHandlers> handlers() {
        Map<String, EventHandlers> byName = new LinkedHashMap<>();
        for (EventConsumer consumer : consumers) {
            byName.put(consumer.handlers().consumer(), consumer.handlers());
        }
        return byName;
    }

    /** The latest {@code limit} dead letters of each of this service's dead-letter topics, newest first. */
    public List<Letter> list(int limit) {
        Map<String, EventHandlers> handlers = handlers();
        List<String> topics = handlers.values().stream()
                .map(h -> Topics.deadLetterTopic(h.topic()))
                .distinct()
                .toList();
        List<Letter> letters = new ArrayList<>();
        try (KafkaConsumer<String, String> reader = reader()) {
            for (String topic : topics) {
                List<TopicPartition> partitions = partitions(reader, topic);
                if (partitions.isEmpty()) {
                    continue;
                }
                reader.assign(partitions);
                Map<TopicPartition, Long> ends = reader.endOffsets(partitions, READ_TIMEOUT);
                Map<TopicPartition, Long> begins = reader.beginningOffsets(partitions, READ_TIMEOUT);
                for (TopicPartition partition : partitions) {
                    reader.seek(partition, Math.max(begins.get(partition), ends.get(partition) - limit));
                }
                readUntil(reader, ends, record -> {
                    String consumer = header(record, DeadLetters.CONSUMER);
                    if (handlers.containsKey(consumer)) {
                        letters.add(letter(record));
                    }
                });
            }
        }
        letters.sort(Comparator.comparing(Letter::deadLetteredAt).reversed());
        return letters.size() > limit ? List.copyOf(letters.subList(0, limit)) : letters;
    }

    /** One dead letter of this service, if there is one at that place. */
    public Optional<Letter> find(String topic, int partition, long offset) {
        return read(topic, partition, offset).map(this::letter);
    }

    /**
     * Gives the dead letter to the consumer that gave up on it, as if it came from its original topic. Empty when
     * there is no such dead letter of this service.
     */
    public Optional<Inbox.Result> replay(String topic, int partition, long offset) {
        Optional<ConsumerRecord<String, String>> found = read(topic, partition, offset);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ConsumerRecord<String, String> letter = found.get();
        EventHandlers consumer = handlers().get(header(letter, DeadLetters.CONSUMER));
        RecordHeaders headers = new RecordHeaders();
        for (Header header : letter.headers()) {
            if (!header.key().startsWith(DeadLetters.HEADER_PREFIX)) {
                headers.add(header);
            }
        }
        String originalTopic =
                Optional.ofNullable(header(letter, DeadLetters.ORIGINAL_TOPIC)).orElse(consumer.topic());
        ConsumerRecord<String, String> original = new ConsumerRecord<>(
                originalTopic,
                parseInt(header(letter, DeadLetters.ORIGINAL_PARTITION), -1),
                parseLong(header(letter, DeadLetters.ORIGINAL_OFFSET), -1L),
                letter.timestamp(),
                TimestampType.CREATE_TIME,
                -1,
                -1,
                letter.key(),
                letter.value(),
                headers,
                Optional.empty());
        Inbox.Result result = inbox.handle(original, consumer);
        LOG.infof(
                "Replayed dead letter %s/%d@%d through %s: %s",
                topic, partition, offset, consumer.consumer(), result.outcome());
        return Optional.of(result);
    }

    private Optional<ConsumerRecord<String, String>> read(String topic, int partition, long offset) {
        Map<String, EventHandlers> handlers = handlers();
        boolean ours = handlers.values().stream()
                .anyMatch(h -> Topics.deadLetterTopic(h.topic()).equals(topic));
        if (!ours || partition < 0 || offset < 0) {
            return Optional.empty();
        }
        try (KafkaConsumer<String, String> reader = reader()) {
            TopicPartition tp = new TopicPartition(topic, partition);
            if (partitions(reader, topic).stream().noneMatch(tp::equals)) {
                return Optional.empty();
            }
            reader.assign(List.of(tp));
            long end = reader.endOffsets(List.of(tp), READ_TIMEOUT).get(tp);
            if (offset >= end
                    || offset
                            < reader.beginningOffsets(List.of(tp), READ_TIMEOUT).get(tp)) {
                return Optional.empty();
            }
            reader.seek(tp, offset);
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            readUntil(reader, Map.of(tp, offset + 1), record -> {
                if (record.offset() == offset) {
                    found.add(record);
                }
            });
            return found.stream()
                    .filter(r -> handlers.containsKey(header(r, DeadLetters.CONSUMER)))
                    .findFirst();
        }
    }

    private Letter letter(ConsumerRecord<String, String> record) {
        JsonNode json = parseQuietly(record.value());
        UUID eventId = json == null ? null : uuid(json.path("eventId").asText(null));
        String consumer = header(record, DeadLetters.CONSUMER);
        boolean applied = eventId != null
                && ((Number) entityManager
                                        .createNativeQuery(
                                                "select count(*) from inbox where event_id = ?1 and consumer = ?2")
                                        .setParameter(1, eventId)
                                        .setParameter(2, consumer)
                                        .getSingleResult())
                                .longValue()
                        > 0;
        return new Letter(
                record.topic(),
                record.partition(),
                record.offset(),
                Instant.ofEpochMilli(record.timestamp()),
                consumer,
                header(record, DeadLetters.REASON),
                header(record, DeadLetters.ORIGINAL_TOPIC),
                parseLong(header(record, DeadLetters.ORIGINAL_OFFSET), null),
                record.key(),
                eventId,
                json == null ? null : json.path("type").asText(null),
                applied,
                record.value());
    }

    private static void readUntil(
            KafkaConsumer<String, String> reader,
            Map<TopicPartition, Long> ends,
            Consumer<ConsumerRecord<String, String>> sink) {
        Instant deadline = Instant.now().plus(READ_TIMEOUT);
        while (ends.entrySet().stream().anyMatch(e -> reader.position(e.getKey(), READ_TIMEOUT) < e.getValue())) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("dead letters could not be read within " + READ_TIMEOUT);
            }
            for (ConsumerRecord<String, String> record : reader.poll(Duration.ofMillis(200))) {
                if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                    sink.accept(record);
                }
            }
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> reader, String topic) {
        Map<String, List<PartitionInfo>> all = reader.listTopics(READ_TIMEOUT);
        return all.getOrDefault(topic, List.of()).stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .toList();
    }

    private KafkaConsumer<String, String> reader() {
        return new KafkaConsumer<>(kafka.with(Map.of(
                ConsumerConfig.CLIENT_ID_CONFIG,
                applicationName + "-dead-letter-office",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName())));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static JsonNode parseQuietly(String value) {
        try {
            JsonNode json = value == null ? null : EventJson.mapper().readTree(value);
            return json != null && json.isObject() ? json : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int parseInt(String value, int otherwise) {
        try {
            return value == null ? otherwise : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static Long parseLong(String value, Long otherwise) {
        try {
            return value == null ? otherwise : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
