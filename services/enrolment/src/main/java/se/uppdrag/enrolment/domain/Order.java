package se.uppdrag.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An employer's commission of seats on one occasion under one agreement (beställning). */
@Entity
@Table(name = "customer_order")
public class Order {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String employer;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    public UUID agreementId;

    @Column(name = "occasion_id", nullable = false, updatable = false)
    public UUID occasionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Purpose purpose;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    public String idempotencyKey;

    @Column(name = "request_hash", nullable = false, updatable = false)
    public String requestHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** The employer's own order number, for its invoice; null when none was given. */
    @Column(name = "order_reference", updatable = false)
    public String orderReference;

    /** The employer's cost centre for the order, for its invoice; null when none was given. */
    @Column(name = "cost_centre", updatable = false)
    public String costCentre;
}
