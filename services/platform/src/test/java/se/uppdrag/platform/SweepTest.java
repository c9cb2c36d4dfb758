package se.uppdrag.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.uppdrag.platform.service.Sweep;

class SweepTest {

    @Test
    void walks_batches_until_one_comes_back_short() {
        Deque<Integer> due = new ArrayDeque<>(IntStream.range(0, 25).boxed().toList());

        int changed = Sweep.inBatches(10, n -> take(due, n), item -> {
            due.remove(item);
            return true;
        });

        assertThat(changed).isEqualTo(25);
        assertThat(due).isEmpty();
    }

    @Test
    void stops_when_a_full_batch_changes_nothing() {
        List<Integer> stuck = IntStream.range(0, 10).boxed().toList();
        int[] calls = {0};

        int changed = Sweep.inBatches(
                10,
                n -> {
                    calls[0]++;
                    return stuck;
                },
                item -> false);

        assertThat(changed).isZero();
        assertThat(calls[0]).isEqualTo(1);
    }

    private static List<Integer> take(Deque<Integer> due, int n) {
        List<Integer> batch = new ArrayList<>();
        due.stream().limit(n).forEach(batch::add);
        return batch;
    }
}
