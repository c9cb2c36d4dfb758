package se.uppdrag.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetriesTest {

    @Test
    void each_wait_doubles_the_last_up_to_the_longest() {
        Duration first = Duration.ofSeconds(30);
        Duration longest = Duration.ofHours(1);
        assertThat(Retries.waitAfter(1, first, longest)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Retries.waitAfter(2, first, longest)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Retries.waitAfter(4, first, longest)).isEqualTo(Duration.ofMinutes(4));
        assertThat(Retries.waitAfter(8, first, longest)).isEqualTo(longest);
        assertThat(Retries.waitAfter(60, first, longest)).as("no overflow").isEqualTo(longest);
    }
}
