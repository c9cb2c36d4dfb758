package se.uppdrag.invoicing.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.uppdrag.contracts.Money;
import se.uppdrag.invoicing.service.Reconciliation;

/** GET /reconciliation as API.md shapes it: a row per buyer and agreement, totals, and the unmatched payments. */
public record ReconciliationView(LocalDate from, LocalDate to, List<Row> buyers, Row totals,
        List<PaymentView> unmatchedPayments) {

    public record Row(String buyer, String buyerName, UUID agreement, long invoices, Money invoiced, Money credited,
            Money paid, Money open, Money overdue, Money overpaid) {

        static Row of(Reconciliation.Position p) {
            return new Row(p.buyer(), p.buyerName(), p.agreement(), p.invoices(), Money.sek(p.invoiced()),
                    Money.sek(p.credited()), Money.sek(p.paid()), Money.sek(p.open()), Money.sek(p.overdue()),
                    Money.sek(p.overpaid()));
        }
    }

    static ReconciliationView of(Reconciliation.Report r) {
        return new ReconciliationView(r.from(), r.to(), r.buyers().stream().map(Row::of).toList(), Row.of(r.totals()),
                r.unmatched().stream().map(PaymentView::of).toList());
    }
}
