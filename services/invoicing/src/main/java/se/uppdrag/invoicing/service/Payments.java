package se.uppdrag.invoicing.service;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import se.uppdrag.invoicing.domain.Invoice;
import se.uppdrag.invoicing.domain.OcrReference;
import se.uppdrag.invoicing.domain.Payment;
import se.uppdrag.invoicing.domain.PaymentImport;
import se.uppdrag.invoicing.domain.PaymentStatus;
import se.uppdrag.invoicing.domain.bankfile.BankFile;
import se.uppdrag.invoicing.domain.bankfile.BankPayment;
import se.uppdrag.invoicing.domain.bankfile.BgMax;
import se.uppdrag.invoicing.domain.bankfile.Camt054;
import se.uppdrag.invoicing.domain.bankfile.MalformedBankFile;
import se.uppdrag.invoicing.repository.InvoiceRepository;
import se.uppdrag.invoicing.repository.PaymentRepository;
import se.uppdrag.platform.errors.Problem;
import se.uppdrag.platform.errors.ProblemException;
import se.uppdrag.platform.outbox.Outbox;
import se.uppdrag.platform.repository.PageOf;

/**
 * Bank files in, payments matched to invoices by OCR reference. A file is read whole before anything is written (a
 * malformed one changes nothing); a file seen before, or a payment seen before in another file, changes nothing; each
 * matched payment and each invoice it pays in full is an event, in the same transaction.
 */
@ApplicationScoped
public class Payments {

    private static final Logger LOG = Logger.getLogger(Payments.class);

    @Inject
    PaymentRepository payments;

    @Inject
    InvoiceRepository invoices;

    @Inject
    InvoiceEvents events;

    @Inject
    Clock clock;

    /** What an import did. */
    public record ImportResult(
            UUID importId,
            String format,
            int read,
            int matched,
            int unmatched,
            int alreadySeen,
            int ignored,
            boolean fileAlreadyImported) {}

    /** The formats a body can be: camt.054 (XML) or BgMax (text); the content type decides, else the first bytes. */
    public enum Format {
        CAMT_054,
        BGMAX,
        SNIFF
    }

    /** A file of 100 000 payments takes tens of seconds; the default transaction timeout (60 s) is too tight. */
    @Transactional
    @TransactionConfiguration(timeout = 1800)
    public ImportResult importFile(String seller, byte[] file, Format declared) {
        long t0 = System.nanoTime();
        BankFile read = read(file, declared);
        String digest = sha256(file);
        payments.lockImportsOf(seller);
        PaymentImport earlier = payments.findImport(seller, digest).orElse(null);
        if (earlier != null) {
            LOG.infof(
                    "Bank file %s from %s was imported before (%s); nothing changed",
                    digest.substring(0, 12), seller, earlier.importedAt);
            return new ImportResult(
                    earlier.id,
                    earlier.format,
                    read.payments().size(),
                    0,
                    0,
                    read.payments().size(),
                    read.ignored(),
                    true);
        }
        PaymentImport fileImport = new PaymentImport();
        fileImport.id = UUID.randomUUID();
        fileImport.seller = seller;
        fileImport.format = read.format();
        fileImport.sha256 = digest;
        fileImport.importedAt = Instant.now(clock);
        fileImport.read = read.payments().size();
        payments.persistImport(fileImport);

        List<UUID> ids = payments.insertNew(seller, fileImport.id, read.payments());
        List<String> ocrs = read.payments().stream().map(Payments::ocr).toList();
        Set<String> references = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) != null && ocrs.get(i) != null) {
                references.add(ocrs.get(i));
            }
        }
        Map<String, Invoice> byOcr = invoices.lockedByOcr(seller, references);
        List<Outbox.Event> matchEvents = new ArrayList<>();
        List<UUID> matchedPayments = new ArrayList<>();
        List<UUID> matchedInvoices = new ArrayList<>();
        int alreadySeen = 0;
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            if (id == null) {
                alreadySeen++;
                continue;
            }
            Invoice invoice = ocrs.get(i) == null ? null : byOcr.get(ocrs.get(i));
            if (invoice != null) {
                BankPayment p = read.payments().get(i);
                matchedPayments.add(id);
                matchedInvoices.add(invoice.id);
                matchEvents.addAll(applied(invoice, id, p.amount(), p.bookingDate(), false));
            }
        }
        payments.markMatched(matchedPayments, matchedInvoices);
        invoices.updateSettlement(byOcr.values());
        events.publishAll(matchEvents);
        fileImport.matched = matchedPayments.size();
        fileImport.alreadySeen = alreadySeen;
        fileImport.unmatched = fileImport.read - fileImport.matched - alreadySeen;
        LOG.infof(
                "Imported %s bank file for %s: %d payments read, %d matched, %d unmatched, %d already seen, %d ignored "
                        + "(%d ms before commit)",
                read.format(),
                seller,
                fileImport.read,
                fileImport.matched,
                fileImport.unmatched,
                alreadySeen,
                read.ignored(),
                (System.nanoTime() - t0) / 1_000_000);
        return new ImportResult(
                fileImport.id,
                read.format(),
                fileImport.read,
                fileImport.matched,
                fileImport.unmatched,
                alreadySeen,
                read.ignored(),
                false);
    }

    @Transactional
    public Payment get(String seller, UUID id) {
        return payments.findByIdOptional(id)
                .filter(p -> p.seller.equals(seller))
                .orElseThrow(() -> ProblemException.notFound("payment", id));
    }

    /** The seller's bank file imports, newest first. */
    @Transactional
    public PageOf<PaymentImport> imports(String seller, int page, int size) {
        return payments.imports(seller, page, size);
    }

    /** Finance matches an unmatched payment to one of its invoices by hand. */
    @Transactional
    public Payment allocate(String seller, UUID paymentId, UUID invoiceId) {
        Payment payment = payments.findForUpdate(paymentId)
                .filter(p -> p.seller.equals(seller))
                .orElseThrow(() -> ProblemException.notFound("payment", paymentId));
        if (payment.isMatched()) {
            throw ProblemException.conflict(
                    "Payment " + paymentId + " is already matched to invoice " + payment.invoiceId);
        }
        Invoice invoice = invoices.findForUpdate(invoiceId)
                .filter(i -> i.seller.equals(seller) && i.isInvoice())
                .orElseThrow(() -> new ProblemException(
                        422,
                        "No such invoice",
                        "There is no invoice " + invoiceId + " of yours to allocate the payment to",
                        List.of(new Problem.FieldError("invoiceId", "no invoice of yours with this id"))));
        payment.matchTo(invoice);
        payment.manual = true;
        payment.allocatedOn = LocalDate.now(clock);
        events.publishAll(applied(invoice, payment.id, payment.amount, payment.bookingDate, true));
        LOG.infof(
                "Payment %s (%s SEK, reference '%s') allocated by hand to invoice %s, now %s",
                payment.id, payment.amount, payment.reference, invoice.number, invoice.status);
        return payment;
    }

    @Transactional
    public PageOf<Payment> list(String seller, PaymentStatus status, LocalDate from, LocalDate to, int page, int size) {
        return payments.list(seller, status, from, to, page, size);
    }

    /** Applies the payment to the invoice; answers the events that tell of it. */
    private List<Outbox.Event> applied(
            Invoice invoice, UUID paymentId, BigDecimal amount, LocalDate bookingDate, boolean manual) {
        boolean nowPaid = invoice.pay(amount);
        Outbox.Event matched = events.paymentMatched(invoice, paymentId, amount, bookingDate, manual);
        return nowPaid ? List.of(matched, events.invoicePaid(invoice, bookingDate)) : List.of(matched);
    }

    /** The payer's reference as an OCR number to match, when it is one (spaces and dashes are tolerated). */
    static String ocr(BankPayment payment) {
        if (payment.reference() == null) {
            return null;
        }
        String digits = payment.reference().replaceAll("[\\s-]", "");
        return OcrReference.isValid(digits) ? digits : null;
    }

    private static BankFile read(byte[] file, Format declared) {
        Format format = declared == Format.SNIFF ? sniff(file) : declared;
        try {
            return format == Format.BGMAX
                    ? BgMax.read(new ByteArrayInputStream(file))
                    : Camt054.read(new ByteArrayInputStream(file));
        } catch (MalformedBankFile e) {
            throw ProblemException.invalid(
                    "The bank file was not imported: " + e.getMessage(),
                    List.of(new Problem.FieldError(e.location(), e.reason())));
        }
    }

    private static Format sniff(byte[] file) {
        String head = new String(file, 0, Math.min(file.length, 64), StandardCharsets.ISO_8859_1).strip();
        if (head.startsWith("<")) {
            return Format.CAMT_054;
        }
        if (head.startsWith("01BGMAX")) {
            return Format.BGMAX;
        }
        throw ProblemException.invalid(
                "The bank file was not imported: neither camt.054 XML nor a BgMax file",
                List.of(new Problem.FieldError("line 1", "starts with neither '<' nor '01BGMAX'")));
    }

    private static String sha256(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
