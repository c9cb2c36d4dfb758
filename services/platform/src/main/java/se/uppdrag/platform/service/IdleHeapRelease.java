package se.uppdrag.platform.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Gives the heap a busy spell grew back to the operating system once the service has been quiet a while
 * ({@link IdleHeap}): one full collection, after which the collector shrinks the heap to what
 * {@code -XX:MaxHeapFreeRatio} allows (at once with {@code -XX:-ShrinkHeapInSteps}; by default the serial collector
 * shrinks a fraction per full collection). {@code uppdrag.heap.release-when-idle-for=0} turns it off.
 */
@ApplicationScoped
public class IdleHeapRelease {

    private static final Logger LOG = Logger.getLogger(IdleHeapRelease.class);
    private static final long MIB = 1024 * 1024;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final IdleHeap idleHeap;
    private final boolean enabled;
    private final Clock clock;

    IdleHeapRelease(
            Clock clock,
            @ConfigProperty(name = "uppdrag.heap.release-when-idle-for", defaultValue = "PT1M") Duration idleFor,
            @ConfigProperty(name = "uppdrag.heap.idle-collections", defaultValue = "20") long idleCollections,
            @ConfigProperty(name = "uppdrag.heap.release-growth-mib", defaultValue = "32") long growthMib) {
        this.clock = clock;
        this.enabled = !idleFor.isZero();
        this.idleHeap = new IdleHeap(idleFor, idleCollections, growthMib * MIB);
    }

    @Scheduled(
            every = "${uppdrag.heap.release-check-interval:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        if (!enabled) {
            return;
        }
        long before = committed();
        if (!idleHeap.shouldRelease(clock.instant(), collections(), before)) {
            return;
        }
        System.gc(); // the only way to ask the serial collector for a full collection, which is what shrinks the heap
        long after = committed();
        idleHeap.released(collections(), after, clock.instant());
        if (after < before) {
            LOG.infof(
                    "Quiet for a while: gave back %d MiB of heap (%d MiB committed, was %d MiB)",
                    (before - after) / MIB, after / MIB, before / MIB);
        }
    }

    private long committed() {
        return memory.getHeapMemoryUsage().getCommitted();
    }

    private static long collections() {
        long count = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, collector.getCollectionCount());
        }
        return count;
    }
}
