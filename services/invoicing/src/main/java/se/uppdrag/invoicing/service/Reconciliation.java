package se.uppdrag.invoicing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.uppdrag.invoicing.domain.Payment;
import se.uppdrag.invoicing.repository.InvoiceRepository;
import se.uppdrag.invoicing.repository.PaymentRepository;
import se.uppdrag.platform.errors.ProblemException;

/** Where each buyer and agreement stands: invoiced, credited, paid, open, overdue, overpaid; and what is unmatched. */
@ApplicationScoped
public class Reconciliation {

    /** With no period given, everything since this day. */
    static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);
    static final LocalDate END = LocalDate.of(9999, 12, 31);

    @Inject
    InvoiceRepository invoices;

    @Inject
    PaymentRepository payments;

    public record Position(String buyer, String buyerName, UUID agreement, long invoices, BigDecimal invoiced,
            BigDecimal credited, BigDecimal paid, BigDecimal open, BigDecimal overdue, BigDecimal overpaid) {
    }

    /** What is left to pay, by how long past its due date: not due yet, 1–30, 31–60 and more than 60 days. */
    public record Aging(BigDecimal notDue, BigDecimal days1To30, BigDecimal days31To60, BigDecimal over60) {
    }

    public record Report(LocalDate from, LocalDate to, List<Position> buyers, Position totals, Aging aging,
            List<Payment> unmatched) {
    }

    @Inject
    java.time.Clock clock;

    @Transactional
    public Report of(String seller, LocalDate from, LocalDate to) {
        LocalDate start = from == null ? BEGINNING : from;
        LocalDate end = to == null ? END : to;
        if (end.isBefore(start)) {
            throw ProblemException.invalidField("to", "is before from");
        }
        List<Position> positions = invoices.reconciliation(seller, start, end).stream().map(r -> new Position(
                (String) r[0], (String) r[1], (UUID) r[2], ((Number) r[3]).longValue(), money(r[4]), money(r[5]),
                money(r[6]), money(r[7]), money(r[8]), money(r[9]))).toList();
        Position totals = new Position(null, null, null, positions.stream().mapToLong(Position::invoices).sum(),
                sum(positions, Position::invoiced), sum(positions, Position::credited), sum(positions, Position::paid),
                sum(positions, Position::open), sum(positions, Position::overdue), sum(positions, Position::overpaid));
        Object[] a = invoices.aging(seller, start, end, LocalDate.now(clock));
        Aging aging = new Aging(money(a[0]), money(a[1]), money(a[2]), money(a[3]));
        return new Report(from, to, positions, totals, aging, payments.unmatched(seller, start, end));
    }

    private static BigDecimal money(Object value) {
        return new BigDecimal(value.toString()).setScale(2);
    }

    private static BigDecimal sum(List<Position> positions, java.util.function.Function<Position, BigDecimal> amount) {
        return positions.stream().map(amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
