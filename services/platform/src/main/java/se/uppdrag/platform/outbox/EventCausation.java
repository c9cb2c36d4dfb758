package se.uppdrag.platform.outbox;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.UUID;

/**
 * Which flow an event belongs to (correlation) and which event caused it (causation). Kept per transaction:
 * every event one transaction writes shares a correlation id; a transaction applying a consumed event
 * inherits that event's correlation id and names it as the cause.
 */
public record EventCausation(UUID correlationId, UUID causationId) {

    private static final String KEY = EventCausation.class.getName();

    static EventCausation of(TransactionSynchronizationRegistry transactions) {
        EventCausation causation = (EventCausation) transactions.getResource(KEY);
        if (causation == null) {
            causation = new EventCausation(UUID.randomUUID(), null);
            transactions.putResource(KEY, causation);
        }
        return causation;
    }

    /** Called by the inbox before it applies a consumed event. */
    public static void continueFrom(
            TransactionSynchronizationRegistry transactions, UUID correlationId, UUID causingEventId) {
        transactions.putResource(KEY, new EventCausation(correlationId, causingEventId));
    }
}
