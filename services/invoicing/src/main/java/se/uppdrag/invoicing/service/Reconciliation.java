package se.uppdrag.invoicing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import se.uppdrag.invoicing.domain.Aging;
import se.uppdrag.invoicing.domain.BuyerPosition;
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

    public record Report(
            LocalDate from,
            LocalDate to,
            List<BuyerPosition> buyers,
            BuyerPosition totals,
            Aging aging,
            List<Payment> unmatched) {}

    @Inject
    Clock clock;

    @Transactional
    public Report of(String seller, LocalDate from, LocalDate to) {
        LocalDate start = from == null ? BEGINNING : from;
        LocalDate end = to == null ? END : to;
        if (end.isBefore(start)) {
            throw ProblemException.invalidField("to", "is before from");
        }
        List<BuyerPosition> positions = invoices.reconciliation(seller, start, end);
        BuyerPosition totals = new BuyerPosition(
                null,
                null,
                null,
                positions.stream().mapToLong(BuyerPosition::invoices).sum(),
                sum(positions, BuyerPosition::invoiced),
                sum(positions, BuyerPosition::credited),
                sum(positions, BuyerPosition::paid),
                sum(positions, BuyerPosition::open),
                sum(positions, BuyerPosition::overdue),
                sum(positions, BuyerPosition::overpaid));
        Aging aging = invoices.aging(seller, start, end, LocalDate.now(clock));
        return new Report(from, to, positions, totals, aging, payments.unmatched(seller, start, end));
    }

    private static BigDecimal sum(List<BuyerPosition> positions, Function<BuyerPosition, BigDecimal> amount) {
        return positions.stream().map(amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
