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
}
