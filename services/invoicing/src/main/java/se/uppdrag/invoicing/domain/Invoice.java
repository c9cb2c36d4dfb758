package se.uppdrag.invoicing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

    public static final String INVOICE = "INVOICE";
    public static final String CREDIT_NOTE = "CREDIT_NOTE";

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String kind;

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
    public String status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    public Parties parties;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    public boolean isInvoice() {
        return INVOICE.equals(kind);
    }

    /** The VAT category the document was issued with. */
    public Vat vatCategory() {
        return new Vat(taxCategory, vatPercent, taxExemptionReasonCode, taxExemptionReason);
    }

    /** Seller and buyer as they were when the document was issued. */
    public record Parties(AgreementTerms.Party seller, AgreementTerms.Party buyer) {
    }
}
