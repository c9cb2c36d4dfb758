package se.uppdrag.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A university or an employer taking part in commissioned education; always a legal person. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @Column(name = "org_number")
    public String orgNumber;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "buyer_type")
    public BuyerType buyerType;

    @Embedded
    public Address address;

    @Column(name = "peppol_endpoint")
    public String peppolEndpoint;

    /** Where invoices of a university are paid to. */
    public String bankgiro;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** Where the organisation wants the platform's notices, per role. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public NotificationContacts notifications = NotificationContacts.none();

    public boolean is(OrganisationKind expected) {
        return kind == expected;
    }
}
