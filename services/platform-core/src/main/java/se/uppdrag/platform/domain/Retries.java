package se.uppdrag.platform.domain;

import java.time.Duration;

/**
 * How long something sent to another party (an e-invoice over Peppol, a mail) waits before its next attempt after a
 * failure: the first wait, doubled with each attempt made, never longer than the longest.
 */
public final class Retries {

    private Retries() {}

    /** The wait after attempt number {@code attempts} (1 for the first) failed. */
    public static Duration waitAfter(int attempts, Duration first, Duration longest) {
        Duration wait = first.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
