package se.uppdrag.platform.inbox;

import java.util.List;

/**
 * A bean that consumes topics through the {@link Inbox}. Naming its handlers lets an operator replay a dead letter
 * through the very handlers that gave up on it.
 */
public interface EventConsumer {

    List<EventHandlers> handlers();
}
