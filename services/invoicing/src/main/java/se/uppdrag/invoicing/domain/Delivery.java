package se.uppdrag.invoicing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import se.uppdrag.platform.domain.Retries;
import se.uppdrag.platform.domain.RuleViolation;

/**
 * The delivery of one invoice or credit note to the buyer's Peppol access point. Its AS4 message id is fixed when it
 * is recorded and used on every attempt, so a receiver that already has the document recognises a retry. An attempt
 * is claimed for a lease before it is made; one whose sender died holding it is tried again when the lease runs out.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

    public static final String PEPPOL = "PEPPOL";
    private static final int MAX_ERROR = 1000;

    @Id
    @Column(name = "document_id")
    public UUID documentId;

    @Column(nullable = false, updatable = false)
    public String channel;

    /** The buyer's Peppol participant identifier, e.g. 0007:5566778808. */
    @Column(nullable = false, updatable = false)
    public String receiver;

    @Column(name = "message_id", nullable = false, updatable = false)
    public String messageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** A document to deliver over Peppol to the receiver, as soon as may be. */
    public static Delivery peppol(UUID documentId, String receiver, Instant now) {
        Delivery d = new Delivery();
        d.documentId = documentId;
        d.channel = PEPPOL;
        d.receiver = receiver;
        d.messageId = "uppdrag-" + documentId;
        d.status = DeliveryStatus.PENDING;
        d.nextAttemptAt = now;
        d.createdAt = now;
        return d;
    }

    /** An attempt begins: no other sender takes it up until the lease has run out. */
    public void claim(Instant now, Duration lease) {
        requirePending("be sent");
        attempts++;
        nextAttemptAt = now.plus(lease);
    }

    /** The receiver acknowledged it (now, or on an earlier attempt whose answer was lost). */
    public void delivered(Instant now) {
        status = DeliveryStatus.DELIVERED;
        deliveredAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    /**
     * The attempt failed: tried again after a wait that doubles with each attempt (from the first wait up to the
     * longest), or given up after the last attempt allowed.
     */
    public void failed(String reason, Instant now, Duration firstWait, Duration longestWait, int maxAttempts) {
        lastError = reason == null || reason.length() <= MAX_ERROR ? reason : reason.substring(0, MAX_ERROR);
        if (attempts >= maxAttempts) {
            status = DeliveryStatus.FAILED;
            nextAttemptAt = null;
            return;
        }
        nextAttemptAt = now.plus(Retries.waitAfter(attempts, firstWait, longestWait));
    }

    /** Finance sends a delivery that was given up once more, with the attempts counted afresh. */
    public void retry(Instant now) {
        if (status == DeliveryStatus.DELIVERED) {
            throw RuleViolation.wrongState("Document " + documentId + " was delivered " + deliveredAt
                    + "; a delivered document is not sent again");
        }
        status = DeliveryStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    private void requirePending(String action) {
        if (status != DeliveryStatus.PENDING) {
            throw RuleViolation.wrongState("Delivery of " + documentId + " is " + status + " and cannot " + action);
        }
    }
}
