package se.uppdrag.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.uppdrag.platform.errors.Problem;

/**
 * A request announcing a body larger than the service takes is refused before any of it is read, with a 413 in
 * problem+json like every other refusal (the HTTP layer's own 413 has no body at all).
 */
@ApplicationScoped
public class BodySizeLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    Optional<MemorySize> limit;

    @Inject
    ObjectMapper mapper;

    void register(@Observes Filters filters) {
        long max = limit.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        filters.register(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && exceeds(length, max)) {
                String body = json(new Problem("about:blank", "Payload too large", 413,
                        "The body may be at most " + max + " bytes", context.request().path(), List.of()));
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

    private String json(Problem problem) {
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
