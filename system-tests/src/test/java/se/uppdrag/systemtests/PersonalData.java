package se.uppdrag.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Looks for personal identity numbers where they must never be: in log files and in any record on any topic. */
final class PersonalData {

    private PersonalData() {}

    /** Where any of the numbers (written with or without the dash, or with a two-digit year) shows; empty if nowhere. */
    static List<String> findings(Collection<String> pins, Path logs, String kafkaBootstrapServers) {
        List<String> needles = pins.stream()
                .flatMap(p -> Stream.of(p, p.replace("-", ""), p.substring(2)))
                .distinct()
                .toList();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(logs)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".log")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    for (String needle : needles) {
                        if (line.contains(needle)) {
                            found.add(file + ":" + (i + 1) + " holds " + needle);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the logs in " + logs, e);
        }
        try (KafkaConsumer<String, String> consumer = consumer(kafkaBootstrapServers)) {
            for (String topic : consumer.listTopics(Duration.ofSeconds(10)).keySet()) {
                if (topic.startsWith("__")) {
                    continue;
                }
                List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                        .map(p -> new TopicPartition(topic, p.partition()))
                        .toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
                while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                        StringBuilder text = new StringBuilder()
                                .append(record.key())
                                .append(' ')
                                .append(record.value());
                        for (Header header : record.headers()) {
                            text.append(' ').append(new String(header.value(), StandardCharsets.UTF_8));
                        }
                        for (String needle : needles) {
                            if (text.indexOf(needle) >= 0) {
                                found.add(
                                        topic + "/" + record.partition() + "@" + record.offset() + " holds " + needle);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static KafkaConsumer<String, String> consumer(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(props);
    }
}
