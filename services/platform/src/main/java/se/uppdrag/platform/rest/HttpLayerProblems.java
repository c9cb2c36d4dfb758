package se.uppdrag.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.VertxException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.uppdrag.platform.errors.Problem;

/**
 * Refusals made below the REST layer answer problem+json like every other: a body announced larger than the service
 * takes (413, before any of it is read), a request line or headers too long (414, 431; the HTTP decoder's own limits
 * are set higher so these requests reach this check) and what the router refuses itself, such as a request without a
 * Host header (400). Left to the layers below, which answer a bare 400 before any application code runs and offer no
 * hook: bytes that are not HTTP (a malformed request line or header) and a URI that is not one (a broken %-escape).
 */
@ApplicationScoped
public class HttpLayerProblems {

    /** The longest request line (method, path and query) taken; the decoder's own limit is set above it. */
    static final int MAX_REQUEST_LINE = 4096;
    /** The most header bytes taken; the decoder's own limit is set above it. */
    static final int MAX_HEADER_BYTES = 20 * 1024;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    Optional<MemorySize> limit;

    @Inject
    ObjectMapper mapper;

    void register(@Observes Filters filters) {
        long max = limit.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        filters.register(
                context -> {
                    HttpServerRequest request = context.request();
                    if (request.uri().length() + request.method().name().length() > MAX_REQUEST_LINE) {
                        answer(
                                context,
                                414,
                                "URI too long",
                                "The request's path and query may be at most " + MAX_REQUEST_LINE + " characters");
                        return;
                    }
                    if (headerBytes(request) > MAX_HEADER_BYTES) {
                        answer(
                                context,
                                431,
                                "Request header fields too large",
                                "The request's headers may be at most " + MAX_HEADER_BYTES + " bytes");
                        return;
                    }
                    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
                    if (length != null && exceeds(length, max)) {
                        answer(context, 413, "Payload too large", "The body may be at most " + max + " bytes");
                        return;
                    }
                    context.next();
                },
                1000);
    }

    /** Failures the router answers by status alone, such as a request without a Host header. */
    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            int status = context.statusCode();
            Throwable failure = context.failure();
            boolean plainRefusal =
                    failure == null || failure instanceof VertxException || failure instanceof HttpException;
            // 401 and 403 stay with the security layer, which adds its challenge.
            if (context.response().headWritten()
                    || !plainRefusal
                    || status < 400
                    || status >= 500
                    || status == 401
                    || status == 403) {
                context.next();
                return;
            }
            String reason = failure instanceof HttpException http && http.getPayload() != null
                    ? http.getPayload()
                    : HttpResponseStatus.valueOf(status).reasonPhrase();
            String detail =
                    failure instanceof VertxException vertx && vertx.getMessage() != null ? vertx.getMessage() : reason;
            answer(context, status, reason, detail);
        });
    }

    /**
     * Answers problem+json below the REST layer. The connection is closed unless the refusal is overload (503): a
     * refused request's unread body must not be taken for the next request, and a busy client without one keeps its
     * connection.
     */
    void answer(RoutingContext context, int status, String title, String detail) {
        if (context.response().headWritten()) {
            return;
        }
        String body = json(new Problem(
                "about:blank", title, status, detail, context.request().path(), List.of()));
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, MediaTypes.PROBLEM_JSON);
        boolean bodyFollows = context.request().headers().contains(HttpHeaders.CONTENT_LENGTH)
                || context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING);
        if (status != 503 || bodyFollows) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        context.response().end(body);
    }

    private static int headerBytes(HttpServerRequest request) {
        int bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
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
