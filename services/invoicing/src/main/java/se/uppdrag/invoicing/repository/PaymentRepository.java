package se.uppdrag.invoicing.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import se.uppdrag.invoicing.domain.Payment;
import se.uppdrag.invoicing.domain.PaymentImport;
import se.uppdrag.invoicing.domain.PaymentStatus;
import se.uppdrag.invoicing.domain.bankfile.BankPayment;
import se.uppdrag.platform.repository.PageOf;

@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<Payment, UUID> {

    /** Serialises one seller's imports: matching changes invoices, and two imports should not race for them. */
    public void lockImportsOf(String seller) {
        getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtext('payment-import:' || ?1))")
                .setParameter(1, seller)
                .getSingleResult();
    }

    public Optional<PaymentImport> findImport(String seller, String sha256) {
        return getEntityManager()
                .createQuery("from PaymentImport where seller = :seller and sha256 = :sha", PaymentImport.class)
                .setParameter("seller", seller)
                .setParameter("sha", sha256)
                .getResultStream()
                .findFirst();
    }

    public PageOf<PaymentImport> imports(String seller, int page, int size) {
        var list = getEntityManager()
                .createQuery(
                        "from PaymentImport where seller = :seller order by importedAt desc, id", PaymentImport.class)
                .setParameter("seller", seller)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        long total = getEntityManager()
                .createQuery("select count(*) from PaymentImport where seller = :seller", Long.class)
                .setParameter("seller", seller)
                .getSingleResult();
        return new PageOf<>(list, total);
    }

    public void persistImport(PaymentImport fileImport) {
        getEntityManager().persist(fileImport);
    }

    /**
     * Inserts the payments not seen before (by the bank's identity), all UNMATCHED, in one statement; answers the new
     * ones' ids in the order given, null where the payment was already known (or appears twice in the file).
     */
    public List<UUID> insertNew(String seller, UUID importId, List<BankPayment> payments) {
        List<UUID> candidates = payments.stream().map(p -> UUID.randomUUID()).toList();
        Set<UUID> inserted = new HashSet<>();
        getEntityManager().flush();
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (var insert = connection.prepareStatement("""
                    insert into payment (id, seller, source_key, import_id, booking_date, amount, reference, payer, status)
                    select i, ?, k, ?, d, a, r, p, 'UNMATCHED'
                      from unnest(?::uuid[], ?::varchar[], ?::date[], ?::numeric[], ?::varchar[], ?::varchar[])
                           with ordinality as x(i, k, d, a, r, p, n)
                     order by n
                        on conflict (seller, source_key) do nothing
                    returning id""")) {
                insert.setString(1, seller);
                insert.setObject(2, importId);
                insert.setArray(3, connection.createArrayOf("uuid", candidates.toArray()));
                insert.setArray(
                        4,
                        connection.createArrayOf(
                                "varchar",
                                payments.stream().map(BankPayment::sourceKey).toArray()));
                insert.setArray(
                        5,
                        connection.createArrayOf(
                                "date",
                                payments.stream()
                                        .map(p -> Date.valueOf(p.bookingDate()))
                                        .toArray()));
                insert.setArray(
                        6,
                        connection.createArrayOf(
                                "numeric",
                                payments.stream().map(BankPayment::amount).toArray()));
                insert.setArray(
                        7,
                        connection.createArrayOf(
                                "varchar",
                                payments.stream().map(BankPayment::reference).toArray()));
                insert.setArray(
                        8,
                        connection.createArrayOf(
                                "varchar",
                                payments.stream().map(BankPayment::payer).toArray()));
                try (var result = insert.executeQuery()) {
                    while (result.next()) {
                        inserted.add(result.getObject(1, UUID.class));
                    }
                }
            }
        });
        return candidates.stream().map(id -> inserted.contains(id) ? id : null).toList();
    }

    /** Marks payments matched, in one statement (the entities are not loaded for a large import). */
    public void markMatched(List<UUID> paymentIds, List<UUID> invoiceIds) {
        if (paymentIds.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (var update = connection.prepareStatement("""
                    update payment p set status = 'MATCHED', invoice_id = m.invoice_id
                      from unnest(?::uuid[], ?::uuid[]) as m(payment_id, invoice_id)
                     where p.id = m.payment_id""")) {
                update.setArray(1, connection.createArrayOf("uuid", paymentIds.toArray()));
                update.setArray(2, connection.createArrayOf("uuid", invoiceIds.toArray()));
                update.executeUpdate();
            }
        });
    }

    public Optional<Payment> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public PageOf<Payment> list(String seller, PaymentStatus status, LocalDate from, LocalDate to, int page, int size) {
        StringBuilder where = new StringBuilder("seller = :seller");
        Map<String, Object> params = new HashMap<>();
        params.put("seller", seller);
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (from != null) {
            where.append(" and bookingDate >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and bookingDate <= :to");
            params.put("to", to);
        }
        var query = find(where + " order by bookingDate desc, id", params);
        return new PageOf<>(query.page(Page.of(page, size)).list(), query.count());
    }

    public List<Payment> unmatched(String seller, LocalDate from, LocalDate to) {
        return list(
                "seller = ?1 and status = ?2 and bookingDate >= ?3 and bookingDate <= ?4 order by bookingDate, id",
                seller,
                PaymentStatus.UNMATCHED,
                from,
                to);
    }

    /** The seller's payments booked or allocated in the period, for the ledger. */
    public List<Payment> bookedOrAllocatedIn(String seller, LocalDate from, LocalDate to) {
        return list(
                "seller = ?1 and ((bookingDate >= ?2 and bookingDate <= ?3) or (allocatedOn >= ?2 and allocatedOn <= ?3)) "
                        + "order by bookingDate, id",
                seller,
                from,
                to);
    }
}
