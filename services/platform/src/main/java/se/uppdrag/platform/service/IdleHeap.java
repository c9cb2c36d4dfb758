package se.uppdrag.platform.service;

import java.time.Duration;
import java.time.Instant;

/**
 * When an idle service should give back the heap a busy spell grew. The serial collector returns memory only after a
 * full collection, which a service that allocates little never makes, so after load it would keep hundreds of
 * megabytes it no longer uses (what the G1 collector's periodic collection does for G1). Idle means no collection of
 * any kind for the given time: a service doing work fills its young generation within seconds. A collection is asked
 * for only if the heap grew since the last one asked for, so a quiet service is not collected again and again.
 */
public final class IdleHeap {

    private final Duration idleFor;
    private final long growth;
    private long collections = -1;
    private Instant lastCollection;
    private long committedAfterRelease;

    /**
     * @param idleFor how long without any collection counts as idle
     * @param growth by how many bytes the committed heap must have grown since the last release to be worth one
     */
    public IdleHeap(Duration idleFor, long growth) {
        this.idleFor = idleFor;
        this.growth = growth;
    }

    /**
     * Answers whether to collect now, given the collector's count of collections so far and the heap committed.
     */
    public boolean shouldRelease(Instant now, long collectionsSoFar, long committed) {
        if (collectionsSoFar != collections) {
            collections = collectionsSoFar;
            lastCollection = now;
            return false;
        }
        boolean idle = !now.isBefore(lastCollection.plus(idleFor));
        return idle && committed >= committedAfterRelease + growth;
    }

    /** The collection asked for ran: the heap it left committed is the new mark to grow past. */
    public void released(long collectionsSoFar, long committed, Instant now) {
        collections = collectionsSoFar;
        lastCollection = now;
        committedAfterRelease = committed;
    }
}
