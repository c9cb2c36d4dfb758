package se.uppdrag.invoicing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import se.uppdrag.contracts.Money;
import se.uppdrag.invoicing.domain.StatisticsDimension;
import se.uppdrag.invoicing.repository.MoneyStatisticsRepository;
import se.uppdrag.platform.security.Viewer;

/**
 * The money side of the follow-up statistics: invoiced (less credit notes) and paid, VAT included, per university,
 * course or employer, for the orders whose occasions start in a year; a university's staff see their university's, an
 * employer its own invoices, an operator everything.
 */
@ApplicationScoped
public class MoneyStatistics {

    @Inject
    MoneyStatisticsRepository sums;

    public record Row(String key, Money invoiced, Money paid) {}

    public record Statistics(int year, StatisticsDimension by, List<Row> rows, Row total) {}

    @Transactional
    public Statistics of(Viewer viewer, StatisticsDimension by, int year) {
        List<Row> rows = sums.sums(viewer, by, year).stream()
                .map(s -> new Row(s.key(), Money.sek(s.invoiced()), Money.sek(s.paid())))
                .toList();
        return new Statistics(
                year,
                by,
                rows,
                new Row(
                        "TOTAL",
                        Money.sek(
                                rows.stream().map(r -> r.invoiced().amount()).reduce(BigDecimal.ZERO, BigDecimal::add)),
                        Money.sek(rows.stream().map(r -> r.paid().amount()).reduce(BigDecimal.ZERO, BigDecimal::add))));
    }
}
