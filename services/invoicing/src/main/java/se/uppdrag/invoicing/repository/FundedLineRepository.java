package se.uppdrag.invoicing.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.uppdrag.invoicing.domain.Billable;
import se.uppdrag.invoicing.domain.Invoice;
import se.uppdrag.invoicing.domain.InvoiceKind;
import se.uppdrag.invoicing.domain.InvoiceLine;

/** An employer's invoice lines issued under a co-funding scheme, with the seat each bills. */
@ApplicationScoped
public class FundedLineRepository {

    @Inject
    EntityManager entityManager;

    /** One line with its invoice, the seat it bills and the seat's occasion's first day (null if unknown). */
    public record FundedLine(InvoiceLine line, Invoice invoice, Billable seat, LocalDate courseStart) {}

    /** Which lines: those marked fundable or not (a claim-back scheme) or those with an allowance (a subsidy). */
    public enum Kind {
        CLAIMABLE("l.fundable is not null"),
        SUBSIDISED("l.allowance is not null");

        private final String condition;

        Kind(String condition) {
            this.condition = condition;
        }
    }

    /** The employer's invoices' lines of that kind, for one order or issued within from..to (either open). */
    public List<FundedLine> lines(Kind kind, String employer, UUID orderId, LocalDate from, LocalDate to) {
        StringBuilder where =
                new StringBuilder(" where i.buyer = :employer and i.kind = :invoice and ").append(kind.condition);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("employer", employer);
        parameters.put("invoice", InvoiceKind.INVOICE);
        if (orderId != null) {
            where.append(" and i.orderId = :order");
            parameters.put("order", orderId);
        }
        if (from != null) {
            where.append(" and i.issueDate >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            where.append(" and i.issueDate <= :to");
            parameters.put("to", to);
        }
        TypedQuery<Object[]> query = entityManager.createQuery(
                "select l, i, b, o.startDate from InvoiceLine l join Invoice i on i.id = l.invoiceId"
                        + " join Billable b on b.enrolmentId = l.enrolmentId"
                        + " left join OccasionStart o on o.occasionId = b.occasionId" + where
                        + " order by i.issueDate, i.number, l.lineNo",
                Object[].class);
        parameters.forEach(query::setParameter);
        return query.getResultStream()
                .map(row ->
                        new FundedLine((InvoiceLine) row[0], (Invoice) row[1], (Billable) row[2], (LocalDate) row[3]))
                .toList();
    }

    /** What credit notes credited of each enrolment on each of these invoices, keyed by invoice and enrolment. */
    public Map<List<UUID>, BigDecimal> credited(List<UUID> invoiceIds) {
        Map<List<UUID>, BigDecimal> credited = new HashMap<>();
        if (invoiceIds.isEmpty()) {
            return credited;
        }
        entityManager
                .createQuery(
                        "select n.creditedInvoiceId, l.enrolmentId, sum(l.amount) from InvoiceLine l"
                                + " join Invoice n on n.id = l.invoiceId where n.creditedInvoiceId in :ids"
                                + " group by n.creditedInvoiceId, l.enrolmentId",
                        Object[].class)
                .setParameter("ids", invoiceIds)
                .getResultStream()
                .forEach(row -> credited.put(List.of((UUID) row[0], (UUID) row[1]), (BigDecimal) row[2]));
        return credited;
    }
}
