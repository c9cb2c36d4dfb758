package se.uppdrag.platform.kafka;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The W3C {@code traceparent} an event carries from the transaction that wrote it to the consumers that apply it:
 * taken from the current span when the event is written, sent as a Kafka header, and continued by each consumer.
 * With tracing off there is no current span and nothing is carried.
 */
public final class TraceContext {

    /** The Kafka header, named as the W3C names the HTTP one. */
    public static final String HEADER = "traceparent";

    private static final TextMapGetter<Map<String, String>> FROM_MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceContext() {}

    /** The current span's traceparent, or null when there is no recording trace. */
    public static String current() {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(HEADER);
    }

    /** The context to continue from a traceparent (the root context when there is none or it is not one). */
    public static Context from(String traceparent) {
        if (traceparent == null) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), Map.of(HEADER, traceparent), FROM_MAP);
    }

    /**
     * Does the work in a span continuing the given trace (a new trace when there is none), so that the events it
     * writes carry that trace on: how a consumer applying an event, or the invoice issuer billing what events made
     * due, stays in the trace of the request that started it all.
     */
    public static <T> T continueIn(
            Tracer tracer, String spanName, SpanKind kind, String traceparent, Supplier<T> work) {
        Span span = tracer.spanBuilder(spanName)
                .setParent(from(traceparent))
                .setSpanKind(kind)
                .startSpan();
        try (Scope scope = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }
}
