package se.uppdrag.portal.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;

/**
 * The questions one page asks the services, asked at once instead of one after another: a start page that needs five
 * answers waits for the slowest, not for their sum. They run on a pool of their own, not on the request threads (which
 * wait here for them, and would otherwise wait for themselves under load), with the request's context, so each call
 * still carries the user's own token.
 */
@ApplicationScoped
public class Concurrently {

    private final ManagedExecutor executor = ManagedExecutor.builder()
            .maxAsync(64)
            .maxQueued(-1)
            .propagated(ThreadContext.ALL_REMAINING)
            .build();

    /** Starts the question; its answer is had from {@link Answer#get()}. */
    public <T> Answer<T> ask(Supplier<T> question) {
        return new Answer<>(executor.supplyAsync(question));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** An answer on its way: {@link #get()} waits for it and throws what the call threw, as if called directly. */
    public static final class Answer<T> {

        private final CompletableFuture<T> future;

        Answer(CompletableFuture<T> future) {
            this.future = future;
        }

        public T get() {
            try {
                return future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                if (e.getCause() instanceof Error cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }
}
