package se.uppdrag.portal.client;

import java.time.Instant;

/** What operators see of every service: its dead letters and its readiness. */
public final class Operations {

    private Operations() {}

    public record DeadLetter(
            String topic,
            int partition,
            long offset,
            Instant deadLetteredAt,
            String consumer,
            String reason,
            String originalTopic,
            Long originalOffset,
            String key,
            String eventId,
            String eventType,
            boolean applied,
            String value) {}

    public record ReplayResult(String outcome, String reason) {}

    /** One service as the operator's health page shows it. */
    public record ServiceHealth(String service, String url, boolean ready, String status, String detail) {}
}
