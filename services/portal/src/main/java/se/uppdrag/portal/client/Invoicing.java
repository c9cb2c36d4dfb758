package se.uppdrag.portal.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the portal reads and writes of the invoicing service. */
public final class Invoicing {

    private Invoicing() {}

    public record Address(String street, String postalCode, String city, String country) {}

    public record Party(
            String orgNumber, String name, String buyerType, Address address, String peppolEndpoint, String bankgiro) {}

    public record Parties(Party seller, Party buyer) {}

    /** A line; a subsidised one has its full price as grossAmount and the subsidy as allowance; fundable under claims. */
    public record Line(
            UUID enrolmentId,
            String kind,
            String description,
            Money amount,
            String accountingCost,
            Money grossAmount,
            Money allowance,
            Boolean fundable) {}

    /** One invoiced seat or fee in a claim pack, and what of it may be claimed from its funder by when. */
    public record ClaimLine(
            String invoiceNumber,
            UUID invoiceId,
            LocalDate issueDate,
            String invoiceStatus,
            UUID orderId,
            String orderReference,
            String participant,
            LocalDate courseStart,
            String enrolmentStatus,
            String kind,
            Money invoiced,
            Money credited,
            boolean fundable,
            Money claimable,
            String funder,
            String funderName,
            String funderReference,
            LocalDate claimDeadline) {

        public boolean wasCredited() {
            return credited != null && credited.amount().signum() != 0;
        }
    }

    public record ClaimPack(List<ClaimLine> lines, Map<String, Money> claimableByFunder) {

        /** The funder's name as its lines give it. */
        public String funderName(String orgNumber) {
            return lines.stream()
                    .filter(l -> orgNumber.equals(l.funder()))
                    .map(ClaimLine::funderName)
                    .findFirst()
                    .orElse(orgNumber);
        }
    }

    /** One subsidised seat: its full price, the subsidy, and the aid it counts as. */
    public record AidLine(
            String invoiceNumber,
            UUID invoiceId,
            LocalDate issueDate,
            String participant,
            LocalDate courseStart,
            String enrolmentStatus,
            Money fullPrice,
            Money subsidy,
            Money aid,
            String funder,
            String funderName,
            String funderReference) {}

    public record AidReport(List<AidLine> lines, Map<String, Money> aidByFunder) {

        /** The funder's name as its lines give it. */
        public String funderName(String orgNumber) {
            return lines.stream()
                    .filter(l -> orgNumber.equals(l.funder()))
                    .map(AidLine::funderName)
                    .findFirst()
                    .orElse(orgNumber);
        }
    }

    /** Money invoiced (less credit notes) and paid of one university, course or employer (key), VAT included. */
    public record MoneyRow(String key, Money invoiced, Money paid) {}

    public record MoneyFollowUp(int year, String by, List<MoneyRow> rows, MoneyRow total) {}

    /** The co-funding scheme a document was issued under. */
    public record Funding(String model, Party funder, Integer sharePercent, String funderReference) {}

    /** An invoice or a credit note. */
    public record Invoice(
            UUID id,
            String kind,
            String number,
            String seller,
            String buyer,
            UUID order,
            UUID agreement,
            UUID creditedInvoice,
            LocalDate issueDate,
            LocalDate dueDate,
            String ocr,
            String buyerReference,
            String orderReference,
            String accountingCost,
            String status,
            String taxCategory,
            BigDecimal vatPercent,
            String taxExemptionReason,
            Money net,
            Money vat,
            Money total,
            Money credited,
            Money paid,
            Money open,
            Parties parties,
            List<Line> lines,
            Funding funding,
            String fundedEmployer,
            Delivery delivery) {

        public boolean isCreditNote() {
            return "CREDIT_NOTE".equals(kind);
        }
    }

    /** Its delivery to the buyer's Peppol access point: PENDING (attempts made so far), DELIVERED or FAILED. */
    public record Delivery(
            String channel,
            String receiver,
            String status,
            int attempts,
            Instant nextAttemptAt,
            String lastError,
            Instant deliveredAt,
            String messageId) {

        public boolean failed() {
            return "FAILED".equals(status);
        }
    }

    public record Payment(
            UUID id,
            LocalDate bookingDate,
            Money amount,
            String reference,
            String payer,
            String status,
            UUID invoiceId,
            boolean manual,
            LocalDate allocatedOn) {}

    /** What one bank file import did. */
    public record Import(
            UUID importId,
            String format,
            Instant importedAt,
            int read,
            int matched,
            int unmatched,
            int alreadySeen,
            int ignored,
            boolean fileAlreadyImported) {}

    public record Allocation(UUID invoiceId) {}

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
            Money overpaid) {}

    /** Open amounts by how long past their due date they are. */
    public record Aging(Money notDue, Money days1To30, Money days31To60, Money over60) {}

    public record Reconciliation(
            LocalDate from, LocalDate to, List<Row> buyers, Row totals, Aging aging, List<Payment> unmatchedPayments) {}

    /** Sums over the invoices a caller sees (a seller's or a buyer's), narrowed as asked. */
    public record Totals(long invoices, Money invoiced, Money credited, Money paid, Money open, Money overdue) {}
}
