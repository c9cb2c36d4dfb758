package se.uppdrag.platform.service;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A named background thread doing rounds of work: the outbox relay and the invoice issuer. A round runs when the
 * worker starts and whenever it is woken (wakes during a round make one more round after it, however many there
 * were); a round that fails is tried again after the {@link Backoff} policy's wait. Stopping ends the wait at once and
 * lets the current round finish for up to 10 s.
 */
public final class Worker {

    private static final Logger LOG = Logger.getLogger(Worker.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    /** One round of the work; it may run for as long as {@link Worker#running()} holds. */
    @FunctionalInterface
    public interface Round {
        void run() throws Exception;
    }

    private final String name;
    private final Round round;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    public Worker(String name, Round round) {
        this.name = name;
        this.round = round;
    }

    public synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    public void stop() {
        Thread started;
        synchronized (this) {
            running = false;
            started = thread;
        }
        wake();
        if (started != null && started != Thread.currentThread()) {
            try {
                started.join(STOP_GRACE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Asks for a round soon: at once when idle, after the current one otherwise. */
    public void wake() {
        wakeUp.release();
    }

    public boolean running() {
        return running;
    }

    /**
     * For a round that keeps running (the relay's leadership): waits until woken or {@code timeout} passes, and
     * answers whether it was woken. Wakes that came meanwhile are used up together.
     */
    public boolean awaitWake(Duration timeout) {
        try {
            boolean woken = wakeUp.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
            wakeUp.drainPermits();
            return woken;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void loop() {
        Backoff backoff = new Backoff();
        while (running) {
            wakeUp.drainPermits();
            try {
                round.run();
                backoff.reset();
            } catch (Exception e) {
                if (running) {
                    Duration wait = backoff.next();
                    LOG.warnf("%s failed, trying again in %d ms: %s", name, wait.toMillis(), e.getMessage());
                    Backoff.sleep(wait);
                }
                continue;
            }
            if (!running) {
                // The round may have used up the stopping wake itself.
                return;
            }
            try {
                wakeUp.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
