package se.uppdrag.invoicing.domain.bankfile;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import se.uppdrag.platform.validation.CalendarDates;
import se.uppdrag.platform.validation.PlainText;

/**
 * Reads an ISO 20022 camt.054 (Bank to customer debit/credit notification, versions 001.02 to 001.08) as Swedish banks
 * send it, streaming, so a file of 100 000 payments needs no tree in memory. Booked credit entries become payments,
 * one per transaction detail (OCR reference from {@code RmtInf/Strd/CdtrRefInf/Ref}); debits and unbooked entries are
 * counted as ignored. Anything unreadable rejects the whole file, naming the element and line.
 */
public final class Camt054 {

    private static final String NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.";
    /** The schema nests some 15 deep; anything far deeper is not a bank's file, and is refused at once. */
    static final int MAX_DEPTH = 40;
    /** Ten times the elements of the largest file the service takes, so only a hostile file meets it. */
    static final int MAX_ELEMENTS = 20_000_000;
    /** No value in a camt.054 is longer (ISO 20022's longest text type here is 140 characters). */
    static final int MAX_TEXT = 1_000;
    /** ISO 20022 allows 35; some banks write longer identities, which are kept whole as long as they fit the key. */
    static final int MAX_BANK_REFERENCE = 100;

    private static final XMLInputFactory INPUT = secureInput();

    private Camt054() {}

    public static BankFile read(InputStream xml) {
        List<BankPayment> payments = new ArrayList<>();
        int ignored = 0;
        // Each element's full path, built from its parent's: the work per element stays the same however deep.
        Deque<String> path = new ArrayDeque<>();
        int elements = 0;
        StringBuilder text = new StringBuilder();
        XMLStreamReader reader = null;
        try {
            reader = INPUT.createXMLStreamReader(xml);
            Entry entry = null;
            Transaction tx = null;
            String currency = null;
            int entries = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    if (path.isEmpty()) {
                        String ns = reader.getNamespaceURI();
                        if (!"Document".equals(name) || ns == null || !ns.startsWith(NAMESPACE_PREFIX)) {
                            throw new MalformedBankFile(
                                    where(reader, name), "not a camt.054 document (root " + name + " in " + ns + ")");
                        }
                    }
                    if (path.size() >= MAX_DEPTH) {
                        throw new MalformedBankFile(where(reader, name), "elements nested deeper than " + MAX_DEPTH);
                    }
                    if (++elements > MAX_ELEMENTS) {
                        throw new MalformedBankFile(where(reader, name), "more than " + MAX_ELEMENTS + " elements");
                    }
                    String at = (path.isEmpty() ? "" : path.peek()) + "/" + name;
                    path.push(at);
                    text.setLength(0);
                    currency = "Amt".equals(name) ? reader.getAttributeValue(null, "Ccy") : currency;
                    if (at.endsWith("/Ntfctn/Ntry")) {
                        entry = new Entry(++entries);
                    } else if (entry != null && at.endsWith("/Ntry/NtryDtls/TxDtls")) {
                        tx = new Transaction();
                        entry.transactions.add(tx);
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(reader.getText());
                    if (text.length() > MAX_TEXT) {
                        throw new MalformedBankFile(
                                where(reader, leaf(path)), "a value longer than " + MAX_TEXT + " characters");
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String at = path.peek();
                    if (at.endsWith("/Ntfctn/Ntry") && entry != null) {
                        ignored += entry.into(payments, where(reader, "Ntry"));
                        entry = null;
                    } else if (at.endsWith("/NtryDtls/TxDtls")) {
                        tx = null;
                    } else if (entry != null) {
                        value(at, text.toString().trim(), currency, where(reader, leaf(path)), entry, tx);
                    }
                    text.setLength(0);
                    path.pop();
                }
            }
            if (entries == 0) {
                throw new MalformedBankFile("Document", "no Ntfctn/Ntry in the file");
            }
        } catch (XMLStreamException e) {
            String line = e.getLocation() == null
                    ? "?"
                    : Integer.toString(e.getLocation().getLineNumber());
            throw new MalformedBankFile("line " + line, "not well-formed XML: " + firstLine(e.getMessage()));
        } finally {
            close(reader);
        }
        return new BankFile(BankFile.CAMT_054, payments, ignored);
    }

    /** The current element's own name. */
    private static String leaf(Deque<String> path) {
        String at = path.peek();
        return at == null ? "Document" : at.substring(at.lastIndexOf('/') + 1);
    }

    /** A value of the current entry, or of its current transaction. */
    private static void value(String at, String value, String currency, String location, Entry entry, Transaction tx) {
        if (tx == null) {
            if (at.endsWith("/Ntry/Amt")) {
                entry.currency = currency;
                entry.amount = amount(value, location);
                entry.location = location;
            } else if (at.endsWith("/Ntry/CdtDbtInd")) {
                entry.creditDebit = value;
            } else if ((at.endsWith("/Ntry/Sts") || at.endsWith("/Ntry/Sts/Cd")) && !value.isEmpty()) {
                entry.status = value;
            } else if (at.endsWith("/Ntry/BookgDt/Dt") || at.endsWith("/Ntry/BookgDt/DtTm")) {
                entry.bookingDate = date(value, location);
            } else if (at.endsWith("/Ntry/AcctSvcrRef")) {
                entry.accountServicerReference = text(value, MAX_BANK_REFERENCE, "bank reference", location);
            } else if (at.endsWith("/Ntry/NtryRef")) {
                entry.entryReference = text(value, MAX_BANK_REFERENCE, "entry reference", location);
            }
            return;
        }
        if (at.endsWith("/TxDtls/Refs/AcctSvcrRef")) {
            tx.accountServicerReference = text(value, MAX_BANK_REFERENCE, "bank reference", location);
        } else if (at.endsWith("/TxDtls/AmtDtls/TxAmt/Amt") || at.endsWith("/TxDtls/Amt")) {
            tx.currency = currency;
            tx.amount = amount(value, location);
            tx.location = location;
        } else if (at.endsWith("/TxDtls/RmtInf/Strd/CdtrRefInf/Ref")) {
            tx.reference = text(value, 35, "creditor reference", location);
        } else if (at.endsWith("/TxDtls/RmtInf/Ustrd") && tx.unstructured == null) {
            tx.unstructured = text(value, 140, "remittance text", location);
        } else if (at.endsWith("/TxDtls/RltdPties/Dbtr/Nm") || at.endsWith("/TxDtls/RltdPties/Dbtr/Pty/Nm")) {
            tx.debtor = text(value, 140, "debtor name", location);
        }
    }

    private static BigDecimal amount(String value, String location) {
        if (!value.matches("\\d{1,15}(\\.\\d{1,5})?")) {
            throw new MalformedBankFile(location, "amount '" + abbreviated(value) + "' is not a decimal amount");
        }
        BigDecimal amount = new BigDecimal(value);
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new MalformedBankFile(location, "amount " + value + " has fractions of an öre");
        }
        return amount.setScale(2);
    }

    /** A text value within ISO 20022's length for it, and with nothing a later reader cannot take. */
    private static String text(String value, int max, String what, String location) {
        if (value.length() > max) {
            throw new MalformedBankFile(location, what + " is longer than " + max + " characters");
        }
        if (PlainText.problem(value).isPresent()) {
            throw new MalformedBankFile(location, what + " holds control characters");
        }
        return value;
    }

    /** A date, or the date of a date-time (the bank's local date is what it booked on). */
    private static LocalDate date(String value, String location) {
        String day = value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
        return CalendarDates.parse(day)
                .orElseThrow(() -> new MalformedBankFile(
                        location,
                        "date '"
                                + abbreviated(value) + "' is not an ISO date in " + CalendarDates.FIRST.getYear() + "–"
                                + CalendarDates.LAST.getYear()));
    }

    private static String abbreviated(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    private static String where(XMLStreamReader reader, String element) {
        return element + " at line " + reader.getLocation().getLineNumber();
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message;
        int colon = text.indexOf("Message: ");
        return (colon >= 0 ? text.substring(colon + 9) : text)
                .lines()
                .findFirst()
                .orElse("")
                .trim();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing more to read
            }
        }
    }

    /** No DTDs, no external entities: a bank file has no business with either. */
    private static XMLInputFactory secureInput() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException e) {
            // not every StAX implementation knows the property; DTDs are off regardless
        }
        return factory;
    }

    private static final class Entry {
        final int number;
        final List<Transaction> transactions = new ArrayList<>();
        BigDecimal amount;
        String currency;
        String creditDebit;
        String status;
        LocalDate bookingDate;
        String accountServicerReference;
        String entryReference;
        String location;

        Entry(int number) {
            this.number = number;
        }

        /** Adds the entry's payments; answers 1 when the entry is not a booked credit (ignored). */
        int into(List<BankPayment> payments, String end) {
            String at = location != null ? location : end;
            if (amount == null) {
                throw new MalformedBankFile(end, "entry " + number + " has no Amt");
            }
            if (!"CRDT".equals(creditDebit) && !"DBIT".equals(creditDebit)) {
                throw new MalformedBankFile(
                        at,
                        "entry " + number + " has CdtDbtInd '" + abbreviated(String.valueOf(creditDebit))
                                + "', not CRDT or DBIT");
            }
            if ("DBIT".equals(creditDebit) || (status != null && !"BOOK".equals(status))) {
                return 1;
            }
            if (!"SEK".equals(currency)) {
                throw new MalformedBankFile(
                        at,
                        "entry " + number + " is in " + abbreviated(String.valueOf(currency))
                                + "; only SEK is invoiced");
            }
            if (bookingDate == null) {
                throw new MalformedBankFile(at, "entry " + number + " has no BookgDt");
            }
            String entryKey = accountServicerReference != null
                    ? accountServicerReference
                    : entryReference != null ? entryReference : null;
            if (transactions.isEmpty()) {
                payments.add(new BankPayment(key(entryKey, null, 0, at), bookingDate, amount, null, null));
                return 0;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < transactions.size(); i++) {
                Transaction tx = transactions.get(i);
                BigDecimal txAmount = tx.amount != null ? tx.amount : transactions.size() == 1 ? amount : null;
                if (txAmount == null) {
                    throw new MalformedBankFile(
                            at, "transaction " + (i + 1) + " of entry " + number + " has no amount");
                }
                if (tx.currency != null && !"SEK".equals(tx.currency)) {
                    throw new MalformedBankFile(
                            tx.location, "transaction in " + abbreviated(tx.currency) + "; only SEK is invoiced");
                }
                sum = sum.add(txAmount);
                String reference = tx.reference != null ? tx.reference : tx.unstructured;
                payments.add(new BankPayment(
                        key(entryKey, tx, i, at),
                        bookingDate,
                        txAmount,
                        truncate(reference, 35),
                        truncate(tx.debtor, 140)));
            }
            if (sum.compareTo(amount) != 0) {
                throw new MalformedBankFile(
                        at, "entry " + number + " amounts to " + amount + " but its transactions to " + sum);
            }
            return 0;
        }

        /** The bank's identity of one payment: its own reference where it gives one, else the entry's and position. */
        private static String key(String entryKey, Transaction tx, int index, String at) {
            if (tx != null && tx.accountServicerReference != null && !tx.accountServicerReference.isEmpty()) {
                return "camt:tx:" + tx.accountServicerReference;
            }
            if (entryKey == null) {
                throw new MalformedBankFile(
                        at,
                        "neither the entry nor its transaction has a bank reference "
                                + "(AcctSvcrRef or NtryRef) to recognise it by");
            }
            return "camt:ntry:" + entryKey + "/" + (index + 1);
        }

        private static String truncate(String text, int max) {
            return text == null || text.length() <= max ? text : text.substring(0, max);
        }
    }

    private static final class Transaction {
        BigDecimal amount;
        String currency;
        String accountServicerReference;
        String reference;
        String unstructured;
        String debtor;
        String location;
    }
}
