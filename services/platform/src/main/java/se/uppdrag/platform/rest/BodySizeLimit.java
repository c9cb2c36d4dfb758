package se.uppdrag.platform.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request announcing a body larger than the service takes is refused before any of it is read, with a 413 in
 * problem+json like every other refusal (the HTTP layer's own 413 has no body at all).
 */
@ApplicationScoped
public class BodySizeLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    Optional<MemorySize> limit;

    void register(@Observes Filters filters) {
        long max = limit.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        filters.register(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && exceeds(length, max)) {
                String body = "{\"type\":\"about:blank\",\"title\":\"Payload too large\",\"status\":413,"
                        + "\"detail\":\"The body may be at most " + max + " bytes\",\"instance\":\""
                        + escape(context.request().path()) + "\",\"errors\":[]}";
                context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, MediaTypes.PROBLEM_JSON)
                        .putHeader(HttpHeaders.CONNECTION, "close").end(body);
                return;
            }
            context.next();
        }, 1000);
    }

    private static boolean exceeds(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer refuses a malformed length itself
        }
    }

    private static String escape(String path) {
        return path == null ? "" : path.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
