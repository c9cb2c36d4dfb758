package se.uppdrag.invoicing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One bank file a seller imported, recognised by its SHA-256 digest, with what the import found. */
@Entity
@Table(name = "payment_import")
public class PaymentImport {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String seller;

    @Column(nullable = false)
    public String format;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    @Column(nullable = false)
    public int read;

    @Column(nullable = false)
    public int matched;

    @Column(nullable = false)
    public int unmatched;

    @Column(name = "already_seen", nullable = false)
    public int alreadySeen;
}
