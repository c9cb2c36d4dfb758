package se.uppdrag.invoicing.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import se.uppdrag.invoicing.domain.Payment;
import se.uppdrag.invoicing.domain.PaymentImport;
import se.uppdrag.invoicing.domain.bankfile.BankPayment;
import se.uppdrag.platform.repository.PageOf;

@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<Payment, UUID> {

    /** Serialises one seller's imports: matching changes invoices, and two imports should not race for them. */
    public void lockImportsOf(String seller) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('payment-import:' || ?1))")
                .setParameter(1, seller).getSingleResult();
    }

    public Optional<PaymentImport> findImport(String seller, String sha256) {
        return getEntityManager().createQuery("from PaymentImport where seller = :seller and sha256 = :sha", PaymentImport.class)
                .setParameter("seller", seller).setParameter("sha", sha256).getResultStream().findFirst();
    }

    public void persistImport(PaymentImport fileImport) {
        getEntityManager().persist(fileImport);
    }

    /**
     * Inserts the payments not seen before (by the bank's identity), all UNMATCHED, in batches of JDBC statements;
     * answers the new ones' ids in the order given, null where the payment was already known.
     */
    public List<UUID> insertNew(String seller, UUID importId, List<BankPayment> payments) {
        List<UUID> ids = new ArrayList<>(payments.size());
        getEntityManager().flush();
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (var insert = connection.prepareStatement("insert into payment (id, seller, source_key, import_id, "
                    + "booking_date, amount, reference, payer, status) values (?, ?, ?, ?, ?, ?, ?, ?, 'UNMATCHED') "
                    + "on conflict (seller, source_key) do nothing")) {
                int pending = 0;
                List<UUID> batch = new ArrayList<>();
                for (BankPayment p : payments) {
                    UUID id = UUID.randomUUID();
                    insert.setObject(1, id);
                    insert.setString(2, seller);
                    insert.setString(3, p.sourceKey());
                    insert.setObject(4, importId);
                    insert.setDate(5, Date.valueOf(p.bookingDate()));
                    insert.setBigDecimal(6, p.amount());
                    insert.setString(7, p.reference());
                    insert.setString(8, p.payer());
                    insert.addBatch();
                    batch.add(id);
                    if (++pending == 1000) {
                        collect(insert.executeBatch(), batch, ids);
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    collect(insert.executeBatch(), batch, ids);
                }
            }
        });
        return ids;
    }

    private static void collect(int[] counts, List<UUID> batch, List<UUID> ids) {
        for (int i = 0; i < counts.length; i++) {
            ids.add(counts[i] == 0 ? null : batch.get(i));
        }
        batch.clear();
    }

    /** Marks payments matched in one statement per batch (the entities are not loaded for a large import). */
    public void markMatched(List<UUID> paymentIds, List<UUID> invoiceIds) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (var update = connection.prepareStatement(
                    "update payment set status = 'MATCHED', invoice_id = ? where id = ?")) {
                for (int i = 0; i < paymentIds.size(); i++) {
                    update.setObject(1, invoiceIds.get(i));
                    update.setObject(2, paymentIds.get(i));
                    update.addBatch();
                    if (i % 1000 == 999) {
                        update.executeBatch();
                    }
                }
                update.executeBatch();
            }
        });
    }

    public Optional<Payment> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public PageOf<Payment> list(String seller, String status, LocalDate from, LocalDate to, int page, int size) {
        StringBuilder where = new StringBuilder("seller = :seller");
        var params = io.quarkus.panache.common.Parameters.with("seller", seller);
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (from != null) {
            where.append(" and bookingDate >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.append(" and bookingDate <= :to");
            params.and("to", to);
        }
        var query = find(where + " order by bookingDate desc, id", params);
        return new PageOf<>(query.page(Page.of(page, size)).list(), query.count());
    }

    public List<Payment> unmatched(String seller, LocalDate from, LocalDate to) {
        return list("seller = ?1 and status = ?2 and bookingDate >= ?3 and bookingDate <= ?4 order by bookingDate, id",
                seller, Payment.UNMATCHED, from, to);
    }

    /** The seller's payments booked or allocated in the period, for the ledger. */
    public List<Payment> bookedOrAllocatedIn(String seller, LocalDate from, LocalDate to) {
        return list("seller = ?1 and ((bookingDate >= ?2 and bookingDate <= ?3) or (allocatedOn >= ?2 and allocatedOn <= ?3)) "
                + "order by bookingDate, id", seller, from, to);
    }

    public BigDecimal sumUnmatched(String seller) {
        return getEntityManager().createQuery("select coalesce(sum(amount), 0) from Payment where seller = :s and status = 'UNMATCHED'",
                BigDecimal.class).setParameter("s", seller).getSingleResult();
    }
}
