package se.uppdrag.invoicing.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.uppdrag.invoicing.domain.Invoice;
import se.uppdrag.invoicing.domain.InvoiceLine;
import se.uppdrag.platform.repository.PageOf;

@ApplicationScoped
public class InvoiceRepository implements PanacheRepositoryBase<Invoice, UUID> {

    /** Next number of the seller's series; the row lock makes numbers gap-free and unique under concurrency. */
    public long takeNumber(String seller) {
        getEntityManager().createNativeQuery("insert into invoice_series (seller, next_number) values (?1, 1) "
                + "on conflict (seller) do nothing").setParameter(1, seller).executeUpdate();
        Number next = (Number) getEntityManager().createNativeQuery(
                "update invoice_series set next_number = next_number + 1 where seller = ?1 returning next_number - 1")
                .setParameter(1, seller).getSingleResult();
        return next.longValue();
    }

    public List<InvoiceLine> lines(UUID invoiceId) {
        return getEntityManager().createQuery("from InvoiceLine where invoiceId = :id order by lineNo", InvoiceLine.class)
                .setParameter("id", invoiceId).getResultList();
    }

    public void persistLine(InvoiceLine line) {
        getEntityManager().persist(line);
    }

    /** Documents of one kind where the organisation is seller (finance) or buyer (employer). */
    public PageOf<Invoice> list(String kind, String sellerOrNull, String buyerOrNull, String status, String buyerFilter,
            UUID order, LocalDate from, LocalDate to, int page, int size) {
        StringBuilder where = new StringBuilder("kind = :kind");
        Parameters params = Parameters.with("kind", kind);
        if (sellerOrNull != null) {
            where.append(" and seller = :seller");
            params.and("seller", sellerOrNull);
        }
        if (buyerOrNull != null) {
            where.append(" and buyer = :buyer");
            params.and("buyer", buyerOrNull);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (buyerFilter != null) {
            where.append(" and buyer = :buyerFilter");
            params.and("buyerFilter", buyerFilter);
        }
        if (order != null) {
            where.append(" and orderId = :order");
            params.and("order", order);
        }
        if (from != null) {
            where.append(" and issueDate >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.append(" and issueDate <= :to");
            params.and("to", to);
        }
        var query = find(where + " order by issueDate desc, number desc", params);
        return new PageOf<>(query.page(Page.of(page, size)).list(), query.count());
    }

    /** Open invoices whose due date has passed. */
    public List<UUID> pastDue(LocalDate today, int limit) {
        return find("select id from Invoice where kind = ?1 and status = 'OPEN' and dueDate < ?2 order by dueDate",
                Invoice.INVOICE, today).project(UUID.class).page(0, limit).list();
    }

    public java.util.Optional<Invoice> findForUpdate(UUID id) {
        return findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    /** The net amount credit notes have credited of an invoice so far. */
    public java.math.BigDecimal creditedOf(UUID invoiceId) {
        return getEntityManager().createQuery("select coalesce(sum(net), 0) from Invoice where creditedInvoiceId = :id",
                java.math.BigDecimal.class).setParameter("id", invoiceId).getSingleResult();
    }
}
