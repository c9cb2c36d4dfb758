package se.uppdrag.platform.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Independent items (a poll's events, the orders due for an invoice) applied in one transaction, so they share one
 * commit; if anything fails, the transaction rolls back and each item is applied on its own, as if it had come alone,
 * so what one item's failure means (a dead letter, a retry) stays that item's.
 */
public final class SharedTransaction {

    private static final Logger LOG = Logger.getLogger(SharedTransaction.class);

    private SharedTransaction() {}

    /**
     * Runs {@code together} in a new transaction and answers its results; if it fails, answers {@code alone} of each
     * item in order. A single item goes alone at once.
     */
    public static <T, R> List<R> orEachAlone(List<T> items, Supplier<List<R>> together, Function<T, R> alone) {
        if (items.size() > 1) {
            try {
                return QuarkusTransaction.requiringNew().call(together::get);
            } catch (RuntimeException e) {
                LOG.debugf("%d items failed together (%s); applying them one by one", items.size(), e.getMessage());
            }
        }
        List<R> results = new ArrayList<>(items.size());
        for (T item : items) {
            results.add(alone.apply(item));
        }
        return results;
    }

    /**
     * Ends one item's part of the shared transaction: its changes written and the session emptied, since every query
     * flushes first and dirty-checks all the session holds (the batch's cost would grow with the square of its size).
     * Row locks stay until the commit.
     */
    public static void release(EntityManager entityManager) {
        entityManager.flush();
        entityManager.clear();
    }
}
