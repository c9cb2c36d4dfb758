package se.uppdrag.invoicing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import se.uppdrag.contracts.Money;
import se.uppdrag.contracts.agreement.AgreementTerms;
import se.uppdrag.invoicing.domain.EnrolmentStatus;
import se.uppdrag.invoicing.repository.FundedLineRepository;
import se.uppdrag.invoicing.repository.FundedLineRepository.FundedLine;
import se.uppdrag.invoicing.repository.FundedLineRepository.Kind;

/**
 * What an employer needs from its co-funded invoices: the claim pack to claim a funder's share back (claim-back
 * schemes) and the aid it received as subsidies (subsidy schemes), per order or period.
 */
@ApplicationScoped
public class FundingReports {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    @Inject
    FundedLineRepository fundedLines;

    /**
     * One invoiced seat or fee in a claim: what was invoiced and credited, whether it is fundable, and what may be
     * claimed (the scheme's share of what is left; nothing for a fee, a cancelled seat, or one not completed where the
     * scheme pays on completion only), by when.
     */
    public record ClaimLine(
            String invoiceNumber,
            UUID invoiceId,
            LocalDate issueDate,
            LocalDate dueDate,
            String invoiceStatus,
            UUID orderId,
            String orderReference,
            UUID enrolmentId,
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
            LocalDate claimDeadline) {}

    public record ClaimPack(
            String employer,
            UUID orderId,
            LocalDate from,
            LocalDate to,
            List<ClaimLine> lines,
            Map<String, Money> claimableByFunder) {}

    /** One subsidised seat: its full price, the subsidy on the invoice, and the aid it counts as (none if cancelled). */
    public record AidLine(
            String invoiceNumber,
            UUID invoiceId,
            LocalDate issueDate,
            String invoiceStatus,
            UUID orderId,
            String orderReference,
            UUID enrolmentId,
            String participant,
            LocalDate courseStart,
            String enrolmentStatus,
            Money fullPrice,
            Money subsidy,
            Money aid,
            String funder,
            String funderName,
            String funderReference) {}

    public record AidReport(
            String employer, LocalDate from, LocalDate to, List<AidLine> lines, Map<String, Money> aidByFunder) {}

    @Transactional
    public ClaimPack claimPack(String employer, UUID orderId, LocalDate from, LocalDate to) {
        List<FundedLine> found = fundedLines.lines(Kind.CLAIMABLE, employer, orderId, from, to);
        Map<List<UUID>, BigDecimal> credited = fundedLines.credited(
                found.stream().map(f -> f.invoice().id).distinct().toList());
        List<ClaimLine> lines = found.stream()
                .map(f -> claimLine(f, credited.getOrDefault(List.of(f.invoice().id, f.line().enrolmentId), ZERO)))
                .toList();
        return new ClaimPack(
                employer, orderId, from, to, lines, totals(lines, ClaimLine::funder, ClaimLine::claimable));
    }

    @Transactional
    public AidReport aid(String employer, LocalDate from, LocalDate to) {
        List<AidLine> lines = fundedLines.lines(Kind.SUBSIDISED, employer, null, from, to).stream()
                .map(FundingReports::aidLine)
                .toList();
        return new AidReport(employer, from, to, lines, totals(lines, AidLine::funder, AidLine::aid));
    }

    private static <L> Map<String, Money> totals(List<L> lines, Function<L, String> funder, Function<L, Money> amount) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        lines.forEach(l -> sums.merge(funder.apply(l), amount.apply(l).amount(), BigDecimal::add));
        Map<String, Money> totals = new TreeMap<>();
        sums.forEach((f, sum) -> totals.put(f, Money.sek(sum)));
        return totals;
    }

    private static ClaimLine claimLine(FundedLine f, BigDecimal credited) {
        AgreementTerms.Funding funding = f.invoice().funding;
        EnrolmentStatus status = f.seat().status;
        boolean claimable = Boolean.TRUE.equals(f.line().fundable)
                && status != EnrolmentStatus.CANCELLED
                && status != EnrolmentStatus.REJECTED
                && (!funding.onlyOnCompletion() || status == EnrolmentStatus.COMPLETED);
        BigDecimal left = f.line().amount.subtract(credited);
        return new ClaimLine(
                f.invoice().number,
                f.invoice().id,
                f.invoice().issueDate,
                f.invoice().dueDate,
                f.invoice().status.name(),
                f.invoice().orderId,
                f.invoice().orderReference,
                f.line().enrolmentId,
                f.seat().participant,
                f.courseStart(),
                status.name(),
                f.line().lineKind,
                Money.sek(f.line().amount),
                Money.sek(credited),
                Boolean.TRUE.equals(f.line().fundable),
                Money.sek(claimable && left.signum() > 0 ? funding.shareOf(left) : ZERO),
                funding.funder().orgNumber(),
                funding.funder().name(),
                funding.funderReference(),
                funding.claimDeadlineDays() == null
                        ? null
                        : f.invoice().issueDate.plusDays(funding.claimDeadlineDays()));
    }

    private static AidLine aidLine(FundedLine f) {
        AgreementTerms.Funding funding = f.invoice().funding;
        boolean cancelled = f.seat().status == EnrolmentStatus.CANCELLED;
        return new AidLine(
                f.invoice().number,
                f.invoice().id,
                f.invoice().issueDate,
                f.invoice().status.name(),
                f.invoice().orderId,
                f.invoice().orderReference,
                f.line().enrolmentId,
                f.seat().participant,
                f.courseStart(),
                f.seat().status.name(),
                Money.sek(f.line().grossAmount()),
                Money.sek(f.line().allowance),
                Money.sek(cancelled ? ZERO : f.line().allowance),
                funding.funder().orgNumber(),
                funding.funder().name(),
                funding.funderReference());
    }
}
