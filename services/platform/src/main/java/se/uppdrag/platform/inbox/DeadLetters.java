package se.uppdrag.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import se.uppdrag.contracts.Topics;
import se.uppdrag.platform.kafka.KafkaProducers;

/**
 * Puts a record that could not be applied on {@code <topic>.dlq}: the original key, value and headers, plus why,
 * who gave up and where it came from, so an operator can read it and replay it to its topic.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    /** Every header a dead letter adds starts with this; a replay strips them. */
    public static final String HEADER_PREFIX = "dead-letter-";

    public static final String REASON = HEADER_PREFIX + "reason";
    public static final String CONSUMER = HEADER_PREFIX + "consumer";
    public static final String ORIGINAL_TOPIC = HEADER_PREFIX + "topic";
    public static final String ORIGINAL_PARTITION = HEADER_PREFIX + "partition";
    public static final String ORIGINAL_OFFSET = HEADER_PREFIX + "offset";

    @Inject
    KafkaProducers producers;

    /** Returns only once the dead letter is safely on the broker; otherwise throws, and the record is not acked. */
    public void send(ConsumerRecord<String, String> record, String consumer, String reason) {
        String topic = Topics.deadLetterTopic(record.topic());
        ProducerRecord<String, String> letter = new ProducerRecord<>(topic, record.key(), record.value());
        for (Header header : record.headers()) {
            letter.headers().add(header);
        }
        letter.headers().add(REASON, bytes(reason));
        letter.headers().add(CONSUMER, bytes(consumer));
        letter.headers().add(ORIGINAL_TOPIC, bytes(record.topic()));
        letter.headers().add(ORIGINAL_PARTITION, bytes(Integer.toString(record.partition())));
        letter.headers().add(ORIGINAL_OFFSET, bytes(Long.toString(record.offset())));
        try {
            producers.producer().send(letter).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not dead-letter " + record.topic() + "@" + record.offset(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        }
        LOG.warnf(
                "Dead-lettered %s/%d@%d for %s: %s",
                record.topic(), record.partition(), record.offset(), consumer, reason);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
