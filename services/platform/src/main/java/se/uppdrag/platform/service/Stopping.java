package se.uppdrag.platform.service;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * Whether this instance has begun to stop. While it stops, consumers may still be handed records after the
 * persistence layer has closed; such a failure says nothing about the event, so it must not be dead-lettered.
 */
@ApplicationScoped
public class Stopping {

    private static volatile boolean stopping;

    /** Observed before anything else is told to stop. */
    void begin(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
        stopping = true;
    }

    public static boolean now() {
        return stopping;
    }
}
