package se.uppdrag.platform.rest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.uppdrag.platform.errors.ProblemMappers;

/**
 * Overload is answered at once with 503 Busy and Retry-After, as problem+json, instead of queueing: past
 * {@code uppdrag.http.max-concurrent-requests} requests in progress a new one is refused before any of its body is
 * read, so a burst cannot grow worker threads, heap and database waits without bound, and a client (or the portal)
 * hears to come back in a second rather than waiting for a timeout. Health and metrics ({@code /q/…}) are never
 * refused: an orchestrator must still see that a busy service is alive.
 */
@ApplicationScoped
public class LoadShedding {

    private static final Logger LOG = Logger.getLogger(LoadShedding.class);

    @ConfigProperty(name = "uppdrag.http.max-concurrent-requests", defaultValue = "48")
    int limit;

    @Inject
    HttpLayerProblems problems;

    @Inject
    MeterRegistry registry;

    private final AtomicInteger inProgress = new AtomicInteger();
    private Counter refused;

    void register(@Observes Filters filters) {
        refused = Counter.builder("uppdrag.http.refused.busy")
                .description("Requests answered 503 Busy because the service had as many in progress as it takes")
                .register(registry);
        Gauge.builder("uppdrag.http.in.progress", inProgress, AtomicInteger::get)
                .description("Requests in progress, health and metrics excluded")
                .register(registry);
        // After the request-size checks (1000), before security and the REST layer.
        filters.register(this::admit, 900);
    }

    private void admit(RoutingContext context) {
        if (context.normalizedPath().startsWith("/q/")) {
            context.next();
            return;
        }
        if (inProgress.incrementAndGet() > limit) {
            inProgress.decrementAndGet();
            refused.increment();
            LOG.debugf(
                    "Busy: %d requests in progress, refused %s %s",
                    limit, context.request().method(), context.request().path());
            context.response().putHeader("Retry-After", ProblemMappers.BUSY_RETRY_AFTER);
            problems.answer(context, 503, ProblemMappers.BUSY_TITLE, ProblemMappers.BUSY_DETAIL);
            return;
        }
        // Called once the response is sent or the connection is lost, whichever comes first.
        context.addEndHandler(ended -> inProgress.decrementAndGet());
        context.next();
    }
}
