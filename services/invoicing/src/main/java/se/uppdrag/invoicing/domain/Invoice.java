package se.uppdrag.invoicing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.uppdrag.contracts.agreement.AgreementTerms;

/**
 * An invoice or a credit note. Once issued its amounts, lines and parties never change; only its status moves
 * (paid, credited, overdue).
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    @Enumerated(EnumType.STRING)
    public InvoiceKind kind;

    @Column(nullable = false, updatable = false)
    public String number;

    @Column(nullable = false, updatable = false)
    public String seller;

    @Column(nullable = false, updatable = false)
    public String buyer;

    @Column(name = "order_id", nullable = false, updatable = false)
    public UUID orderId;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    public UUID agreementId;

    @Column(name = "credited_invoice_id", updatable = false)
    public UUID creditedInvoiceId;

    @Column(name = "issue_date", nullable = false, updatable = false)
    public LocalDate issueDate;

    @Column(name = "due_date", updatable = false)
    public LocalDate dueDate;

    @Column(updatable = false)
    public String ocr;

    @Column(name = "buyer_reference", updatable = false)
    public String buyerReference;

    /** The employer's own order number (Peppol BT-13); the platform's order id is used when it gave none. */
    @Column(name = "order_reference", updatable = false)
    public String orderReference;

    /** The employer's cost centre for the order (Peppol BT-19), when it gave one. */
    @Column(name = "accounting_cost", updatable = false)
    public String accountingCost;

    @Column(name = "tax_category", nullable = false, updatable = false)
    public String taxCategory;

    @Column(name = "vat_percent", nullable = false, updatable = false)
    public BigDecimal vatPercent;

    @Column(name = "tax_exemption_reason_code", updatable = false)
    public String taxExemptionReasonCode;

    @Column(name = "tax_exemption_reason", updatable = false)
    public String taxExemptionReason;

    @Column(nullable = false, updatable = false)
    public BigDecimal net;

    @Column(nullable = false, updatable = false)
    public BigDecimal vat;

    @Column(nullable = false, updatable = false)
    public BigDecimal total;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public InvoiceStatus status;

    /** What credit notes have credited of this invoice so far, VAT included. */
    @Column(nullable = false)
    public BigDecimal credited = BigDecimal.ZERO.setScale(2);

    /** What payments matched to this invoice add up to (more than is due when overpaid). */
    @Column(nullable = false)
    public BigDecimal paid = BigDecimal.ZERO.setScale(2);

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    public Parties parties;

    /** The co-funding scheme the document was issued under, as the terms said then (null: none). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false, columnDefinition = "jsonb")
    public AgreementTerms.Funding funding;

    /** On a funder's invoice: the employer whose order it co-funds (null on the employer's own). */
    @Column(name = "funded_employer", updatable = false)
    public String fundedEmployer;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** An invoice to a funder for its share of an employer's order. */
    public boolean toFunder() {
        return fundedEmployer != null;
    }

    public boolean isInvoice() {
        return kind == InvoiceKind.INVOICE;
    }

    /** What the buyer still owes; negative when overpaid. */
    public BigDecimal open() {
        return total.subtract(credited).subtract(paid);
    }

    /** Records a credit note on this invoice. */
    public void credit(BigDecimal amount) {
        credited = credited.add(amount);
        settle();
    }

    /** Records a payment matched to this invoice; answers whether this made it paid. */
    public boolean pay(BigDecimal amount) {
        boolean wasPaid = status == InvoiceStatus.PAID;
        paid = paid.add(amount);
        settle();
        return !wasPaid && status == InvoiceStatus.PAID;
    }

    /**
     * The status that follows from what was credited and paid. Nothing left: PAID (or CREDITED when nothing was paid).
     * Something left: OVERDUE stays overdue (the scheduled check, which also tells the world, is the only way in),
     * otherwise PARTIALLY_PAID or OPEN.
     */
    private void settle() {
        if (open().signum() <= 0) {
            status = paid.signum() > 0 ? InvoiceStatus.PAID : InvoiceStatus.CREDITED;
        } else if (status != InvoiceStatus.OVERDUE) {
            status = paid.signum() > 0 ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.OPEN;
        }
    }

    /** Open or partly paid invoices become overdue once past their due date. */
    public boolean canBecomeOverdue() {
        return status == InvoiceStatus.OPEN || status == InvoiceStatus.PARTIALLY_PAID;
    }

    /** The VAT category the document was issued with. */
    public Vat vatCategory() {
        return new Vat(taxCategory, vatPercent, taxExemptionReasonCode, taxExemptionReason);
    }

    /** Seller and buyer as they were when the document was issued. */
    public record Parties(AgreementTerms.Party seller, AgreementTerms.Party buyer) {}
}
