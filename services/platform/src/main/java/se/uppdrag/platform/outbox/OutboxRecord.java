package se.uppdrag.platform.outbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;

/** An event written in the same transaction as the state change it reports, waiting for the relay. */
@Entity
@Table(name = "outbox")
public class OutboxRecord extends PanacheEntityBase {

    /** Increases with every insert, so the relay publishes in commit-ish order and one aggregate's events stay in order. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    /** The whole envelope as it goes on the wire. */
    @Column(nullable = false, columnDefinition = "text")
    public String envelope;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The envelope until the transaction commits, when its aggregate version is set and it is written out. */
    @Transient
    public ObjectNode tree;

    @Transient
    public String aggregateType;

    /** The trace the event was written in, if traced: its consumers continue it. */
    @Column(name = "trace_parent")
    public String traceParent;
}
