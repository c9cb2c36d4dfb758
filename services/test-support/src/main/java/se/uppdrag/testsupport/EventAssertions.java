package se.uppdrag.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import se.uppdrag.contracts.EventSchemas;

/** Checks that what a service published is what contracts/ says it publishes. */
public final class EventAssertions {

    private EventAssertions() {}

    public static JsonNode assertValidEvent(JsonNode event) {
        assertThat(EventSchemas.violations(event))
                .as("schema violations of %s", event)
                .isEmpty();
        return event;
    }
}
