package se.uppdrag.platform.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdleHeapTest {

    private static final long MIB = 1024 * 1024;
    private static final Instant START = Instant.parse("2026-12-07T12:00:00Z");

    private final IdleHeap heap = new IdleHeap(Duration.ofMinutes(1), 10, 32 * MIB);

    @Test
    void a_heap_that_grew_is_released_after_a_window_with_few_collections() {
        assertThat(heap.shouldRelease(START, 100, 400 * MIB)).isFalse();
        assertThat(heap.shouldRelease(START.plusSeconds(59), 105, 400 * MIB)).isFalse();
        assertThat(heap.shouldRelease(START.plusSeconds(60), 110, 400 * MIB)).isTrue();
    }

    @Test
    void a_busy_window_releases_nothing_and_the_next_quiet_one_does() {
        heap.shouldRelease(START, 100, 400 * MIB);
        assertThat(heap.shouldRelease(START.plusSeconds(60), 111, 400 * MIB)).isFalse();
        assertThat(heap.shouldRelease(START.plusSeconds(90), 112, 400 * MIB)).isFalse();
        assertThat(heap.shouldRelease(START.plusSeconds(120), 115, 400 * MIB)).isTrue();
    }

    @Test
    void once_released_a_quiet_heap_is_not_collected_again_until_it_grows() {
        heap.shouldRelease(START, 100, 400 * MIB);
        assertThat(heap.shouldRelease(START.plusSeconds(60), 100, 400 * MIB)).isTrue();
        heap.released(101, 100 * MIB, START.plusSeconds(61));

        assertThat(heap.shouldRelease(START.plusSeconds(121), 102, 100 * MIB)).isFalse();
        assertThat(heap.shouldRelease(START.plusSeconds(181), 103, 131 * MIB)).isFalse();
        assertThat(heap.shouldRelease(START.plusSeconds(241), 104, 132 * MIB)).isTrue();
    }
}
