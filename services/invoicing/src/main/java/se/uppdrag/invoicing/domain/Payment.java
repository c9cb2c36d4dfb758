package se.uppdrag.invoicing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An incoming payment from a bank file: matched to an invoice by its OCR reference, or by hand, or not yet. */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String seller;

    @Column(name = "source_key", nullable = false, updatable = false)
    public String sourceKey;

    @Column(name = "import_id", nullable = false, updatable = false)
    public UUID importId;

    @Column(name = "booking_date", nullable = false, updatable = false)
    public LocalDate bookingDate;

    @Column(nullable = false, updatable = false)
    public BigDecimal amount;

    @Column(updatable = false)
    public String reference;

    @Column(updatable = false)
    public String payer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PaymentStatus status;

    @Column(name = "invoice_id")
    public UUID invoiceId;

    @Column(nullable = false)
    public boolean manual;

    /** The day finance allocated it by hand (the ledger moves it from unallocated to receivables then). */
    @Column(name = "allocated_on")
    public LocalDate allocatedOn;

    public boolean isMatched() {
        return status == PaymentStatus.MATCHED;
    }

    public void matchTo(Invoice invoice) {
        status = PaymentStatus.MATCHED;
        invoiceId = invoice.id;
    }
}
