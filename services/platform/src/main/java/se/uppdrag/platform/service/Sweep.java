package se.uppdrag.platform.service;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * A scheduled job's walk over everything due (agreements to expire, invoices gone overdue): fetch a batch, apply
 * each in its own transaction, repeat while batches come back full. It stops when a full batch changed nothing,
 * so rows that stay due (another instance took them, or they no longer qualify) cannot keep it spinning.
 */
public final class Sweep {

    private Sweep() {
    }

    /** Answers how many items {@code apply} changed. */
    public static <K> int inBatches(int batchSize, IntFunction<List<K>> nextBatch, Predicate<K> apply) {
        int changed = 0;
        List<K> batch;
        int changedInBatch;
        do {
            batch = nextBatch.apply(batchSize);
            changedInBatch = 0;
            for (K item : batch) {
                if (apply.test(item)) {
                    changedInBatch++;
                }
            }
            changed += changedInBatch;
        } while (batch.size() == batchSize && changedInBatch > 0);
        return changed;
    }
}
