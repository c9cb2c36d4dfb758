package se.uppdrag.invoicing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One line of an invoice or credit note: one enrolment's seat, fee or credit. */
@Entity
@Immutable
@Table(name = "invoice_line")
@IdClass(InvoiceLine.Key.class)
public class InvoiceLine {

    public static final String PRICE = "PRICE";
    public static final String FEE = "FEE";
    public static final String CREDIT = "CREDIT";
    /** A funder's share of a seat, on the funder's invoice. */
    public static final String FUNDED_SHARE = "FUNDED_SHARE";
    /** A funder's share the funder does not pay (the participant did not complete), on the employer's invoice. */
    public static final String UNFUNDED_SHARE = "UNFUNDED_SHARE";
    /** A funder's share credited (its own kind: a seat has at most one line of each kind). */
    public static final String SHARE_CREDIT = "SHARE_CREDIT";

    public record Key(UUID invoiceId, int lineNo) implements Serializable {}

    @Id
    @Column(name = "invoice_id")
    public UUID invoiceId;

    @Id
    @Column(name = "line_no")
    public int lineNo;

    @Column(name = "enrolment_id", nullable = false)
    public UUID enrolmentId;

    @Column(name = "line_kind", nullable = false)
    public String lineKind;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public BigDecimal amount;

    /** The buyer's cost centre for this line, or null. */
    @Column(name = "accounting_cost")
    public String accountingCost;

    /** A subsidy on the line, shown as an allowance; the amount is after it (null: none). */
    public BigDecimal allowance;

    /** Under a claim-back scheme: whether the employer may claim the funder's share of the line (null: no scheme). */
    public Boolean fundable;

    /** The price before a subsidy. */
    public BigDecimal grossAmount() {
        return allowance == null ? amount : amount.add(allowance);
    }
}
