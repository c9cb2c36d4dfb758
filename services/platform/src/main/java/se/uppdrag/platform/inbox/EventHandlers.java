package se.uppdrag.platform.inbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import se.uppdrag.contracts.EventDefinition;
import se.uppdrag.contracts.EventEnvelope;

/** What one consumer does with each event type it cares about; types it does not name are skipped. */
public final class EventHandlers {

    /** Applies one event's payload; runs inside the inbox's transaction. */
    @FunctionalInterface
    public interface Handler<P> {
        void apply(EventEnvelope envelope, P payload);
    }

    record Registration<P>(EventDefinition definition, Handler<P> handler) {
    }

    private final String consumer;
    private final Map<String, Registration<?>> byTypeAndVersion;

    private EventHandlers(String consumer, Map<String, Registration<?>> byTypeAndVersion) {
        this.consumer = consumer;
        this.byTypeAndVersion = Map.copyOf(byTypeAndVersion);
    }

    public static Builder consumer(String name) {
        return new Builder(name);
    }

    public String consumer() {
        return consumer;
    }

    Optional<Registration<?>> find(String type, int version) {
        return Optional.ofNullable(byTypeAndVersion.get(type + "/v" + version));
    }

    boolean handlesType(String type) {
        return byTypeAndVersion.values().stream().anyMatch(r -> r.definition().type().equals(type));
    }

    public static final class Builder {
        private final String consumer;
        private final Map<String, Registration<?>> handlers = new LinkedHashMap<>();

        private Builder(String consumer) {
            this.consumer = consumer;
        }

        @SuppressWarnings("unchecked")
        public <P> Builder on(EventDefinition definition, Handler<P> handler) {
            handlers.put(definition.type() + "/v" + definition.version(), new Registration<>(definition, handler));
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(consumer, handlers);
        }
    }
}
