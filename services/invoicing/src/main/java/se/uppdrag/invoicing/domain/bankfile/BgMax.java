package se.uppdrag.invoicing.domain.bankfile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import se.uppdrag.platform.validation.CalendarDates;

/**
 * Reads a Bankgirot BgMax file (80-character records, ISO-8859-1): start (01), per deposit an opening (05), payments
 * (20) and deductions (21, taken as negative payments) with their extra references (22/23) and payer details (26, 29),
 * the deposit (15, booking date and totals) and the end (70, counts). Totals and counts are checked, so a truncated
 * or altered file is rejected whole, naming the line.
 */
public final class BgMax {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    static final int RECORD_LENGTH = 80;
    /** More records than the largest file the service takes can hold: only a hostile file meets it. */
    static final int MAX_RECORDS = 4_000_000;

    private BgMax() {}

    public static BankFile read(InputStream file) {
        var reader = new BufferedReader(new InputStreamReader(file, StandardCharsets.ISO_8859_1));
        List<BankPayment> payments = new ArrayList<>();
        List<Pending> deposit = new ArrayList<>();
        String payeeBankgiro = null;
        int lineNo = 0;
        int paymentRecords = 0;
        int deductionRecords = 0;
        int extraReferenceRecords = 0;
        int depositRecords = 0;
        boolean started = false;
        boolean ended = false;
        try {
            for (String raw = readRecord(reader, lineNo + 1); raw != null; raw = readRecord(reader, lineNo + 1)) {
                lineNo++;
                if (lineNo > MAX_RECORDS) {
                    throw new MalformedBankFile("line " + lineNo, "more than " + MAX_RECORDS + " records");
                }
                String line = stripEnd(raw);
                if (line.isEmpty()) {
                    continue;
                }
                TransactionRecord r = new TransactionRecord(line, lineNo);
                if (ended) {
                    throw r.malformed("records after the end record (70)");
                }
                if (!started && !r.code().equals("01")) {
                    throw r.malformed("a BgMax file starts with record 01");
                }
                switch (r.code()) {
                    case "01" -> {
                        if (started) {
                            throw r.malformed("a second start record (01)");
                        }
                        if (!r.text(3, 22).equals("BGMAX")) {
                            throw r.malformed("layout name is '" + r.text(3, 22) + "', not BGMAX");
                        }
                        if (!r.text(23, 24).equals("01")) {
                            throw r.malformed("layout version is '" + r.text(23, 24) + "', not 01");
                        }
                        r.date(25, 32, "file date");
                        String marker = r.text(45, 45);
                        if (!marker.equals("P") && !marker.equals("T")) {
                            throw r.malformed("test marker is '" + marker + "', not P or T");
                        }
                        started = true;
                    }
                    case "05" -> {
                        if (payeeBankgiro != null) {
                            throw r.malformed("opening record (05) before the previous deposit's record 15");
                        }
                        payeeBankgiro = r.digits(3, 12, "payee bankgiro");
                        String currency = r.text(23, 25);
                        if (!currency.isEmpty() && !currency.equals("SEK")) {
                            throw r.malformed("currency " + currency + "; only SEK is invoiced");
                        }
                    }
                    case "20", "21" -> {
                        requireOpen(r, payeeBankgiro);
                        BigDecimal amount = r.ore(38, 55, "amount");
                        String serial = r.digits(58, 69, "BGC serial number");
                        String reference = r.text(13, 37);
                        deposit.add(new Pending(
                                serial,
                                r.code().equals("21") ? amount.negate() : amount,
                                reference.isEmpty() ? null : reference,
                                r.text(3, 12)));
                        if (r.code().equals("20")) {
                            paymentRecords++;
                        } else {
                            deductionRecords++;
                        }
                    }
                    case "22", "23" -> {
                        requireCurrent(r, deposit);
                        extraReferenceRecords++;
                        Pending current = deposit.get(deposit.size() - 1);
                        String reference = r.text(13, 37);
                        if (current.reference == null && !reference.isEmpty()) {
                            current.reference = reference;
                        }
                    }
                    case "25", "27", "28" -> requireCurrent(r, deposit);
                    case "26" -> {
                        requireCurrent(r, deposit);
                        deposit.get(deposit.size() - 1).payer = r.text(3, 37);
                    }
                    case "29" -> {
                        requireCurrent(r, deposit);
                        Pending current = deposit.get(deposit.size() - 1);
                        if (current.payer == null) {
                            current.payer = "orgnr " + r.text(3, 14);
                        }
                    }
                    case "15" -> {
                        requireOpen(r, payeeBankgiro);
                        LocalDate booked = r.date(38, 45, "payment date");
                        BigDecimal total = r.ore(51, 68, "deposit amount");
                        int count = Integer.parseInt(r.digits(72, 79, "number of payments"));
                        BigDecimal sum = deposit.stream().map(p -> p.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                        if (sum.compareTo(total) != 0) {
                            throw r.malformed("deposit amount " + total + " but its payments sum to " + sum);
                        }
                        if (count != deposit.size()) {
                            throw r.malformed("deposit counts " + count + " payments but holds " + deposit.size());
                        }
                        for (Pending p : deposit) {
                            payments.add(new BankPayment(
                                    "bgmax:" + payeeBankgiro + ":" + booked + ":" + p.serial,
                                    booked,
                                    p.amount,
                                    p.reference,
                                    p.payer != null
                                            ? p.payer
                                            : p.payerBankgiro.isEmpty() ? null : "bankgiro " + p.payerBankgiro));
                        }
                        deposit.clear();
                        depositRecords++;
                        payeeBankgiro = null;
                    }
                    case "70" -> {
                        if (payeeBankgiro != null) {
                            throw r.malformed("end record (70) inside an open deposit");
                        }
                        check(r, 3, 10, paymentRecords, "payment records");
                        check(r, 11, 18, deductionRecords, "deduction records");
                        check(r, 19, 26, extraReferenceRecords, "extra reference records");
                        check(r, 27, 34, depositRecords, "deposit records");
                        ended = true;
                    }
                    default -> throw r.malformed("unknown record type '" + r.code() + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!started) {
            throw new MalformedBankFile("line 1", "empty file");
        }
        if (!ended) {
            throw new MalformedBankFile("line " + lineNo, "the file ends without an end record (70): truncated?");
        }
        return new BankFile(BankFile.BGMAX, payments, 0);
    }

    private static void requireOpen(TransactionRecord r, String payeeBankgiro) {
        if (payeeBankgiro == null) {
            throw r.malformed("record " + r.code() + " outside a deposit (no opening record 05 before it)");
        }
    }

    private static void requireCurrent(TransactionRecord r, List<Pending> deposit) {
        if (deposit.isEmpty()) {
            throw r.malformed("record " + r.code() + " before any payment record (20/21)");
        }
    }

    private static void check(TransactionRecord r, int from, int to, int actual, String what) {
        int stated = Integer.parseInt(r.digits(from, to, "number of " + what));
        if (stated != actual) {
            throw r.malformed("end record counts " + stated + " " + what + " but the file holds " + actual);
        }
    }

    /**
     * The next record without its line end, or null at the end of the file. A line longer than a record (with its
     * CR) is refused as soon as it is, without reading the rest of it: a file of one endless line costs nothing.
     */
    private static String readRecord(Reader reader, int lineNo) throws IOException {
        StringBuilder line = new StringBuilder(RECORD_LENGTH + 1);
        int c = reader.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n') {
            if ((c < 0x20 && c != '\r') || c == 0x7F) {
                throw new MalformedBankFile(
                        "line " + lineNo, "holds a control character at position " + (line.length() + 1));
            }
            line.append((char) c);
            if (line.length() > RECORD_LENGTH + 1
                    || (line.length() == RECORD_LENGTH + 1 && line.charAt(RECORD_LENGTH) != '\r')) {
                throw new MalformedBankFile("line " + lineNo, "longer than " + RECORD_LENGTH + " characters");
            }
            c = reader.read();
        }
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }

    private static String stripEnd(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }

    private static final class Pending {
        final String serial;
        final BigDecimal amount;
        final String payerBankgiro;
        String reference;
        String payer;

        Pending(String serial, BigDecimal amount, String reference, String payerBankgiro) {
            this.serial = serial;
            this.amount = amount;
            this.reference = reference;
            this.payerBankgiro = payerBankgiro.replaceFirst("^0+", "");
        }
    }

    /** One record; positions are 1-based and inclusive, as Bankgirot's manual gives them. */
    private record TransactionRecord(String line, int number) {
        TransactionRecord {
            if (line.length() > 80) {
                throw new MalformedBankFile("line " + number, "longer than 80 characters");
            }
        }

        String code() {
            return line.length() < 2 ? line : line.substring(0, 2);
        }

        String text(int from, int to) {
            if (line.length() < from) {
                return "";
            }
            return line.substring(from - 1, Math.min(to, line.length())).trim();
        }

        String digits(int from, int to, String what) {
            String value = text(from, to);
            if (value.isEmpty() || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw malformed(what + " (positions " + from + "-" + to + ") is '" + value + "', not digits");
            }
            return value;
        }

        BigDecimal ore(int from, int to, String what) {
            return new BigDecimal(new BigInteger(digits(from, to, what)), 2);
        }

        LocalDate date(int from, int to, String what) {
            String value = digits(from, to, what);
            try {
                LocalDate date = LocalDate.parse(value, DATE);
                if (CalendarDates.inRange(date)) {
                    return date;
                }
            } catch (DateTimeParseException e) {
                // told below
            }
            throw malformed(what + " '" + value + "' is not a date in " + CalendarDates.FIRST.getYear() + "–"
                    + CalendarDates.LAST.getYear());
        }

        MalformedBankFile malformed(String message) {
            return new MalformedBankFile("line " + number, message);
        }
    }
}
