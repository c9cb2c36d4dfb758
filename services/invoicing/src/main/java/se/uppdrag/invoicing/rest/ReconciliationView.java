package se.uppdrag.invoicing.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.uppdrag.contracts.Money;
import se.uppdrag.invoicing.domain.BuyerPosition;
import se.uppdrag.invoicing.service.Reconciliation;

/** GET /reconciliation: a row per buyer and agreement, totals, open amounts by age, and the unmatched payments. */
public record ReconciliationView(
        LocalDate from, LocalDate to, List<Row> buyers, Row totals, Aging aging, List<PaymentView> unmatchedPayments) {

    /** What is left to pay by how long past due: not due yet, 1–30, 31–60 and more than 60 days. */
    public record Aging(Money notDue, Money days1To30, Money days31To60, Money over60) {}

    public record Row(
            String buyer,
            String buyerName,
            UUID agreement,
            long invoices,
            Money invoiced,
            Money credited,
            Money paid,
            Money open,
            Money overdue,
            Money overpaid) {

        static Row of(BuyerPosition p) {
            return new Row(
                    p.buyer(),
                    p.buyerName(),
                    p.agreement(),
                    p.invoices(),
                    Money.sek(p.invoiced()),
                    Money.sek(p.credited()),
                    Money.sek(p.paid()),
                    Money.sek(p.open()),
                    Money.sek(p.overdue()),
                    Money.sek(p.overpaid()));
        }
    }

    static ReconciliationView of(Reconciliation.Report r) {
        var a = r.aging();
        return new ReconciliationView(
                r.from(),
                r.to(),
                r.buyers().stream().map(Row::of).toList(),
                Row.of(r.totals()),
                new Aging(
                        Money.sek(a.notDue()),
                        Money.sek(a.days1To30()),
                        Money.sek(a.days31To60()),
                        Money.sek(a.over60())),
                r.unmatched().stream().map(PaymentView::of).toList());
    }
}
