package se.uppdrag.invoicing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.uppdrag.invoicing.domain.Invoice;
import se.uppdrag.invoicing.domain.Payment;
import se.uppdrag.invoicing.domain.ledger.Sie4;
import se.uppdrag.invoicing.repository.InvoiceRepository;
import se.uppdrag.invoicing.repository.PaymentRepository;
import se.uppdrag.platform.errors.ProblemException;

/**
 * A period's invoices, credit notes and payments as SIE 4 vouchers for the university's ledger. Accounts are
 * configured (defaults from the BAS chart). An invoice debits receivables and credits revenue and output VAT; a
 * credit note the reverse; either's receivable is booked on the buyer's order number where it has one (a free
 * dimension: the buyer's cost centre is the buyer's, not a dimension of the university's ledger). A payment matched
 * on import debits the bank and credits receivables; a payment not matched credits unallocated payments, and its
 * allocation by hand later moves it to receivables on that day.
 */
@ApplicationScoped
public class Ledger {

    /**
     * The buyer (SIE's reserved customer dimension), on every receivable: a funder invoiced its share of an employer's
     * order is a customer of its own.
     */
    static final Sie4.Dimension CUSTOMER = new Sie4.Dimension(8, "Kund");

    /** The buyer's order number, on the receivable of each invoice and credit note that has one. */
    static final Sie4.Dimension BUYER_ORDER = new Sie4.Dimension(20, "Beställarens ordernummer");

    @Inject
    InvoiceRepository invoices;

    @Inject
    PaymentRepository payments;

    @Inject
    Clock clock;

    @Inject
    InvoicingConfig config;

    @Transactional
    public byte[] sie4(String seller, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw ProblemException.invalidField(from == null ? "from" : "to", "is required: the period to export");
        }
        if (to.isBefore(from)) {
            throw ProblemException.invalidField("to", "is before from");
        }
        if (from.getYear() != to.getYear()) {
            throw ProblemException.invalidField(
                    "to", "the period must lie within one financial year (a calendar year)");
        }
        InvoicingConfig.LedgerAccounts ledger = config.ledger();
        List<Sie4.Voucher> vouchers = new ArrayList<>();
        List<Invoice> documents = invoices.issuedIn(seller, from, to);
        int f = 0;
        for (Invoice d : documents) {
            vouchers.add(document(++f, d));
        }
        int b = 0;
        for (Payment p : payments.bookedOrAllocatedIn(seller, from, to)) {
            boolean bookedInPeriod = !p.bookingDate.isBefore(from) && !p.bookingDate.isAfter(to);
            if (bookedInPeriod) {
                String against = p.isMatched() && !p.manual ? ledger.receivables() : ledger.unallocated();
                vouchers.add(new Sie4.Voucher(
                        "B",
                        ++b,
                        p.bookingDate,
                        "Inbetalning " + describe(p),
                        List.of(
                                new Sie4.Transaction(ledger.bank(), p.amount),
                                new Sie4.Transaction(against, p.amount.negate()))));
            }
            if (p.manual && p.allocatedOn != null && !p.allocatedOn.isBefore(from) && !p.allocatedOn.isAfter(to)) {
                vouchers.add(new Sie4.Voucher(
                        "B",
                        ++b,
                        p.allocatedOn,
                        "Avräknad manuellt " + describe(p),
                        List.of(
                                new Sie4.Transaction(ledger.unallocated(), p.amount),
                                new Sie4.Transaction(ledger.receivables(), p.amount.negate()))));
            }
        }
        vouchers.sort(Comparator.comparing(Sie4.Voucher::series).thenComparing(Sie4.Voucher::number));
        String name = documents.isEmpty()
                ? invoices.sellerName(seller).orElse(seller)
                : documents.get(documents.size() - 1).parties.seller().name();
        Map<String, String> accounts = new LinkedHashMap<>();
        accounts.put(ledger.bank(), "Bank");
        accounts.put(ledger.receivables(), "Kundfordringar");
        accounts.put(ledger.unallocated(), "Ej avräknade inbetalningar");
        accounts.put(ledger.outputVat(), "Utgående moms 25 %");
        accounts.put(ledger.revenue(), "Intäkter uppdragsutbildning");
        return Sie4.write(
                "Uppdrag invoicing",
                LocalDate.now(clock),
                new Sie4.Company(
                        name,
                        seller,
                        from.with(TemporalAdjusters.firstDayOfYear()),
                        from.with(TemporalAdjusters.lastDayOfYear())),
                accounts,
                List.of(CUSTOMER, BUYER_ORDER),
                vouchers);
    }

    private Sie4.Voucher document(int number, Invoice d) {
        boolean invoice = d.isInvoice();
        BigDecimal sign = invoice ? BigDecimal.ONE : BigDecimal.ONE.negate();
        InvoicingConfig.LedgerAccounts ledger = config.ledger();
        List<Sie4.Transaction> transactions = new ArrayList<>();
        transactions.add(new Sie4.Transaction(
                ledger.receivables(),
                d.total.multiply(sign),
                d.orderReference == null
                        ? Map.of(CUSTOMER.number(), d.buyer)
                        : Map.of(CUSTOMER.number(), d.buyer, BUYER_ORDER.number(), d.orderReference)));
        transactions.add(
                new Sie4.Transaction(ledger.revenue(), d.net.multiply(sign).negate()));
        if (d.vat.signum() != 0) {
            transactions.add(new Sie4.Transaction(
                    ledger.outputVat(), d.vat.multiply(sign).negate()));
        }
        String kind = invoice ? "Faktura " : "Kreditfaktura ";
        return new Sie4.Voucher(
                "F",
                number,
                d.issueDate,
                kind + d.number + " " + d.parties.buyer().name(),
                transactions);
    }

    private static String describe(Payment p) {
        return (p.reference == null ? "utan referens" : "ref " + p.reference) + (p.payer == null ? "" : " " + p.payer);
    }
}
