package se.uppdrag.platform.service;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs something once the current transaction has committed, and only then: waking a worker that should act on what
 * the transaction wrote (the outbox relay, the invoice issuer) without waiting for its next poll. Once per
 * transaction and key, however often it is asked.
 */
public final class AfterCommit {

    private AfterCommit() {}

    public static void once(TransactionSynchronizationRegistry transactions, String key, Runnable action) {
        if (transactions.getResource(key) != null) {
            return;
        }
        transactions.putResource(key, true);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
