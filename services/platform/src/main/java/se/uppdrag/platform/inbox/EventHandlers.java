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

    record Registration<P>(EventDefinition definition, Handler<P> handler) {}

    private final String consumer;
    private final String topic;
    private final Map<String, Registration<?>> byTypeAndVersion;

    private EventHandlers(String consumer, String topic, Map<String, Registration<?>> byTypeAndVersion) {
        this.consumer = consumer;
        this.topic = topic;
        this.byTypeAndVersion = Map.copyOf(byTypeAndVersion);
    }

    /** The handlers of the consumer {@code name} (unique across the platform), which reads {@code topic}. */
    public static Builder consumer(String name, String topic) {
        return new Builder(name, topic);
    }

    public String consumer() {
        return consumer;
    }

    /** The topic this consumer reads; what it cannot apply goes to this topic's dead-letter twin. */
    public String topic() {
        return topic;
    }

    Optional<Registration<?>> find(String type, int version) {
        return Optional.ofNullable(byTypeAndVersion.get(type + "/v" + version));
    }

    boolean handlesType(String type) {
        return byTypeAndVersion.values().stream()
                .anyMatch(r -> r.definition().type().equals(type));
    }

    public static final class Builder {
        private final String consumer;
        private final String topic;
        private final Map<String, Registration<?>> handlers = new LinkedHashMap<>();

        private Builder(String consumer, String topic) {
            this.consumer = consumer;
            this.topic = topic;
        }

        @SuppressWarnings("unchecked")
        public <P> Builder on(EventDefinition definition, Handler<P> handler) {
            handlers.put(definition.type() + "/v" + definition.version(), new Registration<>(definition, handler));
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(consumer, topic, handlers);
        }
    }
}
