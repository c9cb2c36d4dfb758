package se.uppdrag.platform.service;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * A scheduled job's walk over everything due (agreements to expire, invoices gone overdue): fetch a batch, apply
 * each in its own transaction, repeat while batches come back full. It stops when a full batch changed nothing,
 * so rows that stay due (another instance took them, or they no longer qualify) cannot keep it spinning.
 */
public final class Sweep {

    private Sweep() {}

    /** Answers how many items {@code apply} changed. */
    public static <K> int inBatches(int batchSize, IntFunction<List<K>> nextBatch, Predicate<K> apply) {
        return inWholeBatches(batchSize, nextBatch, batch ->
                (int) batch.stream().filter(apply).count());
    }

    /** The same walk with a batch applied as a whole ({@code applyAll} answers how many of its items it changed). */
    public static <K> int inWholeBatches(
            int batchSize, IntFunction<List<K>> nextBatch, ToIntFunction<List<K>> applyAll) {
        int changed = 0;
        List<K> batch;
        int changedInBatch;
        do {
            batch = nextBatch.apply(batchSize);
            changedInBatch = batch.isEmpty() ? 0 : applyAll.applyAsInt(batch);
            changed += changedInBatch;
        } while (batch.size() == batchSize && changedInBatch > 0);
        return changed;
    }
}
