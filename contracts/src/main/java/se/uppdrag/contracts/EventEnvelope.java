package se.uppdrag.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * The one envelope every event travels in (schemas/envelope.v1.schema.json). The payload stays a JSON tree
 * here so a consumer can route on {@link #type()} and {@link #schemaVersion()} before binding it to a Java type.
 * {@link #aggregateVersion()} counts the aggregate's events from 1; null on events from before it was introduced.
 */
public record EventEnvelope(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String producer,
        String aggregateType,
        String aggregateId,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long aggregateVersion,
        UUID correlationId,
        UUID causationId,
        JsonNode payload) {}
