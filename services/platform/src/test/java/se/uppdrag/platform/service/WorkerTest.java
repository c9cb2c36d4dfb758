package se.uppdrag.platform.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkerTest {

    @Test
    void runs_a_round_at_start_and_one_more_for_all_the_wakes_that_came_during_a_round() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        CountDownLatch inFirstRound = new CountDownLatch(1);
        CountDownLatch finishFirst = new CountDownLatch(1);
        Worker worker = new Worker("test-worker", () -> {
            if (rounds.incrementAndGet() == 1) {
                inFirstRound.countDown();
                finishFirst.await(5, TimeUnit.SECONDS);
            }
        });
        worker.start();
        try {
            assertThat(inFirstRound.await(5, TimeUnit.SECONDS)).isTrue();
            worker.wake();
            worker.wake();
            worker.wake();
            finishFirst.countDown();
            await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() == 2);
            Thread.sleep(200);
            assertThat(rounds.get())
                    .as("three wakes in one round make one round more")
                    .isEqualTo(2);

            worker.wake();
            await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() == 3);
        } finally {
            worker.stop();
        }
    }

    @Test
    void a_failed_round_is_tried_again_after_the_backoff_without_a_wake() {
        AtomicInteger rounds = new AtomicInteger();
        Worker worker = new Worker("failing-worker", () -> {
            if (rounds.incrementAndGet() < 3) {
                throw new IllegalStateException("database away");
            }
        });
        worker.start();
        try {
            // 100 ms, then 200 ms: the third round comes well within a second.
            await().atMost(Duration.ofSeconds(2)).until(() -> rounds.get() == 3);
        } finally {
            worker.stop();
        }
    }

    @Test
    void stopping_ends_a_round_that_waits_for_wakes() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        AtomicInteger wakes = new AtomicInteger();
        Worker[] holder = new Worker[1];
        Worker worker = new Worker("long-worker", () -> {
            running.countDown();
            while (holder[0].running()) {
                if (holder[0].awaitWake(Duration.ofSeconds(30))) {
                    wakes.incrementAndGet();
                }
            }
        });
        holder[0] = worker;
        worker.start();
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        worker.wake();
        await().atMost(Duration.ofSeconds(5)).until(() -> wakes.get() == 1);
        long started = System.nanoTime();
        worker.stop();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(worker.running()).isFalse();
    }
}
