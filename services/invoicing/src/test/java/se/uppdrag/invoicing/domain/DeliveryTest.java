package se.uppdrag.invoicing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppdrag.platform.domain.RuleViolation;

class DeliveryTest {

    private static final Instant NOW = Instant.parse("2027-01-05T10:00:00Z");
    private static final Duration FIRST = Duration.ofSeconds(30);
    private static final Duration LONGEST = Duration.ofMinutes(2);

    @Test
    void each_failure_waits_twice_as_long_up_to_the_longest_wait_and_the_last_gives_up() {
        Delivery d = Delivery.peppol(UUID.randomUUID(), "0007:5566778808", NOW);
        String messageId = d.messageId;
        Duration[] waits = {Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120), LONGEST};
        for (Duration wait : waits) {
            d.claim(NOW, Duration.ofMinutes(5));
            d.failed("Connection refused", NOW, FIRST, LONGEST, 5);
            assertThat(d.status).isEqualTo(DeliveryStatus.PENDING);
            assertThat(d.nextAttemptAt).isEqualTo(NOW.plus(wait));
        }
        d.claim(NOW, Duration.ofMinutes(5));
        d.failed("Connection refused", NOW, FIRST, LONGEST, 5);
        assertThat(d.status).isEqualTo(DeliveryStatus.FAILED);
        assertThat(d.nextAttemptAt).isNull();
        assertThat(d.lastError).isEqualTo("Connection refused");
        // Every attempt, and one asked for again, goes under the same message id.
        d.retry(NOW);
        assertThat(d.status).isEqualTo(DeliveryStatus.PENDING);
        assertThat(d.attempts).isZero();
        assertThat(d.messageId).isEqualTo(messageId);
    }

    @Test
    void a_delivered_document_is_neither_claimed_nor_sent_again() {
        Delivery d = Delivery.peppol(UUID.randomUUID(), "0007:5566778808", NOW);
        d.claim(NOW, Duration.ofMinutes(2));
        d.delivered(NOW);
        assertThatThrownBy(() -> d.claim(NOW, Duration.ofMinutes(2))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> d.retry(NOW)).isInstanceOf(RuleViolation.class).hasMessageContaining("not sent again");
    }
}
