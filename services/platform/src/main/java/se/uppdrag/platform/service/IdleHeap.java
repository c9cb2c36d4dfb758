package se.uppdrag.platform.service;

import java.time.Duration;
import java.time.Instant;

/**
 * When a quiet service should give back the heap a busy spell grew. The serial collector returns memory only after a
 * full collection, which a service that allocates little never makes, so after load it would keep hundreds of
 * megabytes it no longer uses (G1's periodic collection does this for G1). Quiet means few collections in a window:
 * an idle service still allocates a little (its consumers poll, its jobs look for work) and fills its young
 * generation up to a dozen times a minute, a busy one every second or more often. A collection is asked for only if
 * the heap grew since the last one asked for, so a quiet service is not collected again and again.
 */
public final class IdleHeap {

    private final Duration window;
    private final long quietCollections;
    private final long growth;
    private Instant windowStart;
    private long collectionsAtWindowStart;
    private long committedAfterRelease;

    /**
     * @param window how long a service must have been quiet
     * @param quietCollections at most how many collections a quiet service makes in a window
     * @param growth by how many bytes the committed heap must have grown since the last release to be worth one
     */
    public IdleHeap(Duration window, long quietCollections, long growth) {
        this.window = window;
        this.quietCollections = quietCollections;
        this.growth = growth;
    }

    /** Answers whether to collect now, given the collector's count of collections so far and the heap committed. */
    public boolean shouldRelease(Instant now, long collectionsSoFar, long committed) {
        if (windowStart == null) {
            startWindow(now, collectionsSoFar);
            return false;
        }
        if (now.isBefore(windowStart.plus(window))) {
            return false;
        }
        boolean quiet = collectionsSoFar - collectionsAtWindowStart <= quietCollections;
        startWindow(now, collectionsSoFar);
        return quiet && committed >= committedAfterRelease + growth;
    }

    /** The collection asked for ran: the heap it left committed is the new mark to grow past. */
    public void released(long collectionsSoFar, long committed, Instant now) {
        committedAfterRelease = committed;
        startWindow(now, collectionsSoFar);
    }

    private void startWindow(Instant now, long collectionsSoFar) {
        windowStart = now;
        collectionsAtWindowStart = collectionsSoFar;
    }
}
