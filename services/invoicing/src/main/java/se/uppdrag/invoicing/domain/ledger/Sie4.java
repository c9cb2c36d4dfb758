package se.uppdrag.invoicing.domain.ledger;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes an SIE 4 file (the Swedish ledger exchange format, type 4: vouchers with transactions) in code page 437
 * ("PC8"), which is what accounting systems importing SIE expect. Every voucher must balance; one that does not is a
 * bug here, not something to hand to a ledger.
 */
public final class Sie4 {

    public static final Charset PC8 = Charset.forName("IBM437");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /**
     * One bookkeeping entry: debit positive, credit negative, with the objects it is booked on per dimension (#TRANS
     * {dimension "object"}); every dimension used must be declared in the file's dimensions.
     */
    public record Transaction(String account, BigDecimal amount, Map<Integer, String> objects) {

        public Transaction(String account, BigDecimal amount) {
            this(account, amount, Map.of());
        }
    }

    /** A dimension of the file (#DIM): 1 is cost centre and 6 project in SIE; 20 and above are free to define. */
    public record Dimension(int number, String name) {}

    public record Voucher(String series, int number, LocalDate date, String text, List<Transaction> transactions) {
        public Voucher {
            BigDecimal sum = transactions.stream().map(Transaction::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.signum() != 0) {
                throw new IllegalArgumentException(
                        "Voucher " + series + number + " '" + text + "' does not balance: " + sum);
            }
        }
    }

    /** The company and its financial year as #FNAMN, #ORGNR and #RAR 0 state them. */
    public record Company(String name, String orgNumber, LocalDate yearStart, LocalDate yearEnd) {}

    private Sie4() {}

    public static byte[] write(
            String program,
            LocalDate generated,
            Company company,
            Map<String, String> accounts,
            List<Dimension> dimensions,
            List<Voucher> vouchers) {
        StringBuilder sie = new StringBuilder();
        line(sie, "#FLAGGA 0");
        line(sie, "#PROGRAM " + quote(program) + " 1.0");
        line(sie, "#FORMAT PC8");
        line(sie, "#GEN " + DATE.format(generated));
        line(sie, "#SIETYP 4");
        line(
                sie,
                "#ORGNR " + company.orgNumber().substring(0, 6) + "-"
                        + company.orgNumber().substring(6));
        line(sie, "#FNAMN " + quote(company.name()));
        line(sie, "#RAR 0 " + DATE.format(company.yearStart()) + " " + DATE.format(company.yearEnd()));
        line(sie, "#VALUTA SEK");
        accounts.forEach((account, name) -> line(sie, "#KONTO " + account + " " + quote(name)));
        for (Dimension d : dimensions) {
            line(sie, "#DIM " + d.number() + " " + quote(d.name()));
            vouchers.stream()
                    .flatMap(v -> v.transactions().stream())
                    .map(t -> t.objects().get(d.number()))
                    .filter(Objects::nonNull)
                    .collect(Collectors.toCollection(TreeSet::new))
                    .forEach(object -> line(sie, "#OBJEKT " + d.number() + " " + quote(object) + " " + quote(object)));
        }
        for (Voucher v : vouchers) {
            line(sie, "#VER " + v.series() + " " + v.number() + " " + DATE.format(v.date()) + " " + quote(v.text()));
            line(sie, "{");
            for (Transaction t : v.transactions()) {
                line(
                        sie,
                        "   #TRANS " + t.account() + " " + objects(t, dimensions) + " "
                                + t.amount().setScale(2).toPlainString());
            }
            line(sie, "}");
        }
        return sie.toString().getBytes(PC8);
    }

    private static String objects(Transaction t, List<Dimension> dimensions) {
        return dimensions.stream()
                .filter(d -> t.objects().containsKey(d.number()))
                .map(d -> d.number() + " " + quote(t.objects().get(d.number())))
                .collect(Collectors.joining(" ", "{", "}"));
    }

    private static void line(StringBuilder sie, String line) {
        sie.append(line).append("\r\n");
    }

    /** Text in quotes; a quote inside is escaped with a backslash, control characters become spaces. */
    static String quote(String text) {
        String clean = text == null ? "" : text.replaceAll("[\\p{Cntrl}]", " ");
        return "\"" + clean.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
