package se.uppdrag.platform.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * A consumer of one topic: its handlers, and each poll's records applied once through the {@link Inbox}. A subclass
 * builds the handlers and receives its channel's records ({@code @Incoming}), passing them to {@link #apply}. Naming
 * its handlers lets an operator replay a dead letter through the very handlers that gave up on it.
 */
public abstract class EventConsumer {

    private Inbox inbox;
    private EventHandlers handlers;

    /** For the container's client proxies, which delegate every call to the constructed bean. */
    protected EventConsumer() {}

    protected EventConsumer(Inbox inbox, EventHandlers handlers) {
        this.inbox = inbox;
        this.handlers = handlers;
    }

    public EventHandlers handlers() {
        return handlers;
    }

    /** Applies a poll's records, each event once, in the order given. */
    protected void apply(ConsumerRecords<String, String> records) {
        inbox.handleAll(records, handlers);
    }
}
