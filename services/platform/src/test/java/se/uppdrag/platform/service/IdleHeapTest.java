package se.uppdrag.platform.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdleHeapTest {

    private static final long MIB = 1024 * 1024;
    private static final Instant START = Instant.parse("2026-12-07T12:00:00Z");

    private final IdleHeap heap = new IdleHeap(Duration.ofMinutes(1), 32 * MIB);

    @Test
    void a_heap_that_grew_is_released_once_no_collection_ran_for_the_idle_time() {
        assertThat(heap.shouldRelease(START, 10, 400 * MIB)).isFalse();
        assertThat(heap.shouldRelease(START.plusSeconds(59), 10, 400 * MIB)).isFalse();
        assertThat(heap.shouldRelease(START.plusSeconds(60), 10, 400 * MIB)).isTrue();
    }

    @Test
    void a_collection_means_the_service_is_busy_and_starts_the_idle_time_again() {
        heap.shouldRelease(START, 10, 400 * MIB);
        assertThat(heap.shouldRelease(START.plusSeconds(50), 11, 400 * MIB)).isFalse();
        assertThat(heap.shouldRelease(START.plusSeconds(100), 11, 400 * MIB)).isFalse();
        assertThat(heap.shouldRelease(START.plusSeconds(110), 11, 400 * MIB)).isTrue();
    }

    @Test
    void once_released_a_quiet_heap_is_not_collected_again_until_it_grows() {
        heap.shouldRelease(START, 10, 400 * MIB);
        assertThat(heap.shouldRelease(START.plusSeconds(60), 10, 400 * MIB)).isTrue();
        heap.released(11, 100 * MIB, START.plusSeconds(61));

        assertThat(heap.shouldRelease(START.plusSeconds(600), 11, 100 * MIB)).isFalse();
        assertThat(heap.shouldRelease(START.plusSeconds(600), 11, 131 * MIB)).isFalse();
        assertThat(heap.shouldRelease(START.plusSeconds(600), 11, 132 * MIB)).isTrue();
    }
}
