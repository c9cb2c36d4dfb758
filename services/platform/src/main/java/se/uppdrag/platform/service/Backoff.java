package se.uppdrag.platform.service;

import java.time.Duration;

/**
 * The one retry policy for work that waits out an outage (the inbox applying an event, the outbox relay publishing,
 * the invoice issuer): the first retry after 100 ms, each wait twice the last, never more than 5 s, so a short outage
 * costs little and a long one does not hammer the database or the broker.
 */
public final class Backoff {

    static final Duration FIRST = Duration.ofMillis(100);
    static final Duration LONGEST = Duration.ofSeconds(5);

    private Duration next = FIRST;

    /** The wait before the next attempt, and lengthens the one after. */
    public Duration next() {
        Duration wait = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(LONGEST) > 0 ? LONGEST : doubled;
        return wait;
    }

    /** Sleeps for {@code wait}; an interrupt ends the sleep early and stays set for the caller to see. */
    public static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** After a success: the next failure starts again from the first, short wait. */
    public void reset() {
        next = FIRST;
    }
}
