package se.uppdrag.invoicing.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import se.uppdrag.invoicing.domain.Aging;
import se.uppdrag.invoicing.domain.BuyerPosition;
import se.uppdrag.invoicing.domain.Invoice;
import se.uppdrag.invoicing.domain.InvoiceFilter;
import se.uppdrag.invoicing.domain.InvoiceKind;
import se.uppdrag.invoicing.domain.InvoiceLine;
import se.uppdrag.invoicing.domain.InvoiceSort;
import se.uppdrag.invoicing.domain.InvoiceStatus;
import se.uppdrag.invoicing.domain.InvoiceTotals;
import se.uppdrag.platform.repository.PageOf;
import se.uppdrag.platform.repository.SortOrder;
import se.uppdrag.platform.security.Viewer;

@ApplicationScoped
public class InvoiceRepository implements PanacheRepositoryBase<Invoice, UUID> {

    /** Next number of the seller's series; the row lock makes numbers gap-free and unique under concurrency. */
    public long takeNumber(String seller) {
        // One statement: the seller's first number, or the next; the row stays locked until the transaction ends.
        Number next = (Number) getEntityManager()
                .createNativeQuery("""
                insert into invoice_series (seller, next_number) values (?1, 2)
                on conflict (seller) do update set next_number = invoice_series.next_number + 1
                returning next_number - 1""")
                .setParameter(1, seller)
                .getSingleResult();
        return next.longValue();
    }

    public List<InvoiceLine> lines(UUID invoiceId) {
        return getEntityManager()
                .createQuery("from InvoiceLine where invoiceId = :id order by lineNo", InvoiceLine.class)
                .setParameter("id", invoiceId)
                .getResultList();
    }

    public void persistLine(InvoiceLine line) {
        getEntityManager().persist(line);
    }

    /** Documents of one kind the viewer sees: as seller (a university's finance staff) or buyer (an employer). */
    public PageOf<Invoice> list(
            InvoiceKind kind, Viewer viewer, InvoiceFilter filter, SortOrder<InvoiceSort> sort, int page, int size) {
        StringBuilder where = new StringBuilder("kind = :kind");
        Map<String, Object> params = new HashMap<>();
        params.put("kind", kind);
        if (!viewer.isOperator()) {
            where.append(viewer.isUniversity() ? " and seller = :party" : " and buyer = :party");
            params.put("party", viewer.organisation());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status());
        }
        if (filter.buyer() != null) {
            where.append(" and buyer = :buyerFilter");
            params.put("buyerFilter", filter.buyer());
        }
        if (filter.order() != null) {
            where.append(" and orderId = :order");
            params.put("order", filter.order());
        }
        if (filter.agreement() != null) {
            where.append(" and agreementId = :agreement");
            params.put("agreement", filter.agreement());
        }
        if (filter.text() != null) {
            String text = filter.text().trim();
            String digits = text.replaceAll("[\\s-]", "");
            where.append(" and (lower(number) like :part escape '\\' or lower(cast(function('jsonb_extract_path_text', "
                    + "parties, 'buyer', 'name') as String)) like :part escape '\\' "
                    + "or lower(orderReference) like :part escape '\\'");
            params.put("part", "%" + likeEscaped(text.toLowerCase(Locale.ROOT)) + "%");
            if (digits.matches("[0-9]{1,25}")) {
                where.append(" or ocr like :digits or buyer like :digits");
                params.put("digits", digits + "%");
            }
            where.append(")");
        }
        if (filter.delivery() != null) {
            where.append(" and id in (select d.documentId from Delivery d where d.status = :delivery)");
            params.put("delivery", filter.delivery());
        }
        if (filter.creditedInvoice() != null) {
            where.append(" and creditedInvoiceId = :creditedInvoice");
            params.put("creditedInvoice", filter.creditedInvoice());
        }
        if (filter.from() != null) {
            where.append(" and issueDate >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and issueDate <= :to");
            params.put("to", filter.to());
        }
        String newestFirst = "issueDate desc, number desc";
        var query = find(
                where + " order by "
                        + (sort == null
                                ? newestFirst
                                : sort.orderBy(
                                        switch (sort.field()) {
                                            case NUMBER -> "number";
                                            case ISSUE_DATE -> "issueDate";
                                            case DUE_DATE -> "dueDate";
                                            case TOTAL -> "total";
                                            case OPEN -> "(total - credited - paid)";
                                            case BUYER ->
                                                "lower(cast(function('jsonb_extract_path_text', parties, 'buyer', 'name') as String))";
                                        },
                                        newestFirst)),
                params);
        return new PageOf<>(query.page(Page.of(page, size)).list(), query.count());
    }

    /**
     * Sums over the invoices (not credit notes) the viewer sees, narrowed like a list:
     * count, invoiced, credited, paid, open (what is left, never below nothing) and of that what is overdue.
     */
    public InvoiceTotals totals(Viewer viewer, InvoiceFilter filter) {
        StringBuilder where = new StringBuilder("kind = 'INVOICE'");
        Map<String, Object> params = new HashMap<>();
        if (!viewer.isOperator()) {
            where.append(viewer.isUniversity() ? " and seller = :party" : " and buyer = :party");
            params.put("party", viewer.organisation());
        }
        if (filter.buyer() != null) {
            where.append(" and buyer = :buyerFilter");
            params.put("buyerFilter", filter.buyer());
        }
        if (filter.agreement() != null) {
            where.append(" and agreement_id = :agreement");
            params.put("agreement", filter.agreement());
        }
        if (filter.from() != null) {
            where.append(" and issue_date >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and issue_date <= :to");
            params.put("to", filter.to());
        }
        var query = getEntityManager().createNativeQuery("""
                select count(*) as invoices, coalesce(sum(total), 0) as invoiced,
                       coalesce(sum(credited), 0) as credited, coalesce(sum(paid), 0) as paid,
                       coalesce(sum(greatest(total - credited - paid, 0)), 0) as open,
                       coalesce(sum(case when status = 'OVERDUE' then greatest(total - credited - paid, 0) else 0 end), 0)
                         as overdue
                  from invoice where""" + " " + where, Tuple.class);
        params.forEach(query::setParameter);
        Tuple sums = (Tuple) query.getSingleResult();
        return new InvoiceTotals(
                sums.get("invoices", Number.class).longValue(),
                money(sums, "invoiced"),
                money(sums, "credited"),
                money(sums, "paid"),
                money(sums, "open"),
                money(sums, "overdue"));
    }

    /**
     * What is left to pay on the seller's invoices issued in the period, by how long past due it is on the day: not
     * yet due, 1–30 days, 31–60 days, more than 60 days.
     */
    public Aging aging(String seller, LocalDate from, LocalDate to, LocalDate today) {
        Tuple sums = (Tuple) getEntityManager()
                .createNativeQuery("""
                select coalesce(sum(case when due_date >= cast(?4 as date) then o end), 0) as not_due,
                       coalesce(sum(case when due_date < cast(?4 as date) and due_date >= cast(?4 as date) - 30
                                         then o end), 0) as days_1_to_30,
                       coalesce(sum(case when due_date < cast(?4 as date) - 30 and due_date >= cast(?4 as date) - 60
                                         then o end), 0) as days_31_to_60,
                       coalesce(sum(case when due_date < cast(?4 as date) - 60 then o end), 0) as over_60
                  from (select due_date, greatest(total - credited - paid, 0) as o from invoice
                         where kind = 'INVOICE' and seller = ?1 and issue_date >= ?2 and issue_date <= ?3) open_amounts""", Tuple.class)
                .setParameter(1, seller)
                .setParameter(2, from)
                .setParameter(3, to)
                .setParameter(4, today)
                .getSingleResult();
        return new Aging(
                money(sums, "not_due"),
                money(sums, "days_1_to_30"),
                money(sums, "days_31_to_60"),
                money(sums, "over_60"));
    }

    /** A sum as money: two decimals, also where nothing was summed (the query's 0). */
    private static BigDecimal money(Tuple row, String alias) {
        return new BigDecimal(row.get(alias).toString()).setScale(2);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Open or partly paid invoices whose due date has passed. */
    public List<UUID> pastDue(LocalDate today, int limit) {
        return find(
                        "select id from Invoice where kind = ?1 and status in (?2, ?3) and dueDate < ?4 order by dueDate",
                        InvoiceKind.INVOICE,
                        InvoiceStatus.OPEN,
                        InvoiceStatus.PARTIALLY_PAID,
                        today)
                .project(UUID.class)
                .page(0, limit)
                .list();
    }

    public Optional<Invoice> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The seller's invoices with these OCR references, by reference, locked for update, as detached objects holding
     * what settling a payment needs: a bank file matches tens of thousands, too many to manage as entities. Rows are
     * locked in id order, so two transactions locking overlapping invoices cannot deadlock. Write them back with
     * {@link #updateSettlement}.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Invoice> lockedByOcr(String seller, Collection<String> ocrs) {
        Map<String, Invoice> found = new HashMap<>();
        if (ocrs.isEmpty()) {
            return found;
        }
        List<Tuple> rows = getEntityManager()
                .createNativeQuery("""
                select id, number, buyer, ocr, total, credited, paid, status, due_date from invoice
                 where kind = 'INVOICE' and seller = ?1 and ocr = any(cast(?2 as varchar[]))
                 order by id for update""", Tuple.class)
                .setParameter(1, seller)
                .setParameter(2, ocrs.toArray(String[]::new))
                .getResultList();
        for (Tuple r : rows) {
            Invoice i = new Invoice();
            i.id = r.get("id", UUID.class);
            i.kind = InvoiceKind.INVOICE;
            i.seller = seller;
            i.number = r.get("number", String.class);
            i.buyer = r.get("buyer", String.class);
            i.ocr = r.get("ocr", String.class);
            i.total = r.get("total", BigDecimal.class);
            i.credited = r.get("credited", BigDecimal.class);
            i.paid = r.get("paid", BigDecimal.class);
            i.status = InvoiceStatus.valueOf(r.get("status", String.class));
            i.dueDate = r.get("due_date", LocalDate.class);
            found.put(i.ocr, i);
        }
        return found;
    }

    /** Writes back what was paid and the status of invoices read with {@link #lockedByOcr}, in one statement. */
    public void updateSettlement(Collection<Invoice> settled) {
        if (settled.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (var update = connection.prepareStatement("""
                    update invoice i set paid = s.paid, status = s.status
                      from unnest(?::uuid[], ?::numeric[], ?::varchar[]) as s(id, paid, status)
                     where i.id = s.id""")) {
                update.setArray(
                        1,
                        connection.createArrayOf(
                                "uuid", settled.stream().map(i -> i.id).toArray()));
                update.setArray(
                        2,
                        connection.createArrayOf(
                                "numeric", settled.stream().map(i -> i.paid).toArray()));
                update.setArray(
                        3,
                        connection.createArrayOf(
                                "varchar",
                                settled.stream().map(i -> i.status.name()).toArray()));
                update.executeUpdate();
            }
        });
    }

    /** The seller's invoices and credit notes issued in the period, in number order. */
    public List<Invoice> issuedIn(String seller, LocalDate from, LocalDate to) {
        return list("seller = ?1 and issueDate >= ?2 and issueDate <= ?3 order by number", seller, from, to);
    }

    /** The seller's name as its latest document gives it. */
    public Optional<String> sellerName(String seller) {
        return find("seller = ?1 order by createdAt desc", seller)
                .firstResultOptional()
                .map(i -> i.parties.seller().name());
    }

    /** Per buyer and agreement: invoice totals, credited, paid, open, overdue and overpaid, for invoices issued in the period. */
    @SuppressWarnings("unchecked")
    public List<BuyerPosition> reconciliation(String seller, LocalDate from, LocalDate to) {
        List<Tuple> rows = getEntityManager()
                .createNativeQuery("""
                select buyer, min(parties -> 'buyer' ->> 'name') as buyer_name, agreement_id, count(*) as invoices,
                       sum(total) as invoiced, sum(credited) as credited, sum(paid) as paid,
                       sum(greatest(total - credited - paid, 0)) as open,
                       sum(case when status = 'OVERDUE' then greatest(total - credited - paid, 0) else 0 end) as overdue,
                       sum(greatest(paid + credited - total, 0)) as overpaid
                  from invoice
                 where kind = 'INVOICE' and seller = ?1 and issue_date >= ?2 and issue_date <= ?3
                 group by buyer, agreement_id
                 order by buyer, agreement_id""", Tuple.class)
                .setParameter(1, seller)
                .setParameter(2, from)
                .setParameter(3, to)
                .getResultList();
        return rows.stream()
                .map(r -> new BuyerPosition(
                        r.get("buyer", String.class),
                        r.get("buyer_name", String.class),
                        r.get("agreement_id", UUID.class),
                        r.get("invoices", Number.class).longValue(),
                        money(r, "invoiced"),
                        money(r, "credited"),
                        money(r, "paid"),
                        money(r, "open"),
                        money(r, "overdue"),
                        money(r, "overpaid")))
                .toList();
    }
}
