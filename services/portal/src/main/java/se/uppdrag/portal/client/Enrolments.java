package se.uppdrag.portal.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What the portal reads and writes of the enrolment service: orders, enrolments, the participation report. */
public final class Enrolments {

    private Enrolments() {}

    /** Statuses an employer may still cancel or substitute in. */
    public static final Set<String> LIVE = Set.of("PENDING", "CONFIRMED", "WAITLISTED");

    public record Participant(
            String givenName,
            String familyName,
            String email,
            String employeeNumber,
            String personalIdentityNumber,
            String costCentre) {}

    /** Enough of the occasion to name an enrolment in a list. */
    public record OccasionSummary(UUID id, String courseCode, String title, LocalDate startDate, BigDecimal credits) {}

    public record Enrolment(
            UUID id,
            UUID orderId,
            UUID occasionId,
            UUID agreementId,
            String employer,
            String status,
            Participant participant,
            Money price,
            Money fee,
            Integer waitlistPosition,
            String statusReason,
            BigDecimal creditsAwarded,
            String grade,
            OccasionSummary occasion,
            MailNotice mail) {

        public boolean isLive() {
            return LIVE.contains(status);
        }

        public boolean inStatus(String wanted) {
            return wanted.equals(status);
        }
    }

    /** What became of the latest mail to the participant about the seat: SENT, PENDING, REFUSED or FAILED. */
    public record MailNotice(String kind, String status, Instant sentAt, String problem) {

        public boolean refused() {
            return "REFUSED".equals(status);
        }

        public boolean failed() {
            return "FAILED".equals(status);
        }

        public boolean sent() {
            return "SENT".equals(status);
        }

        /** An invitation (or its update) rather than another notice. */
        public boolean invitation() {
            return "SEAT_CONFIRMED".equals(kind) || "SEAT_RESCHEDULED".equals(kind);
        }
    }

    public record Order(
            UUID id,
            String status,
            String employer,
            UUID agreementId,
            UUID occasionId,
            String purpose,
            String orderReference,
            String costCentre,
            Instant createdAt,
            OccasionSummary occasion,
            List<Enrolment> enrolments) {

        public long count(String status) {
            return enrolments.stream().filter(e -> e.inStatus(status)).count();
        }
    }

    /** The body of POST /orders. */
    public record OrderRequest(
            UUID agreementId,
            UUID occasionId,
            String purpose,
            List<Participant> participants,
            String orderReference,
            String costCentre) {}

    public record Reason(String reason) {}

    public record Substitution(Participant participant) {}

    public record Completion(BigDecimal creditsAwarded, String grade) {}

    /** What cancelling an enrolment now would cost, as the terms it was ordered under say. */
    public record CancellationQuote(UUID enrolmentId, String status, long daysBeforeStart, int percent, Money fee) {}

    /** The body of POST /enrolments/decisions: confirm some, reject others, all or nothing. */
    public record Decisions(List<UUID> confirm, List<UUID> reject, String reason) {}

    public record Decided(List<Enrolment> items) {}

    /** One row of POST /occasions/{id}/completions. */
    public record Result(UUID enrolmentId, String outcome, BigDecimal creditsAwarded, String grade) {}

    public record Results(List<Result> results) {}

    /** An occasion an agreement covers and that takes orders now, at the agreement's price. */
    public record Orderable(
            UUID occasionId,
            UUID courseId,
            String courseCode,
            String title,
            BigDecimal credits,
            LocalDate startDate,
            LocalDate orderDeadline,
            int seatsAvailable,
            Money listPrice,
            Money price) {}

    /** An agreement's quota and money as ordered so far. */
    public record Usage(
            UUID agreementId,
            int seatQuota,
            int seatsUsed,
            int seatsLeft,
            Map<String, Long> enrolments,
            Money committed,
            Money fees) {

        /** Percent of the quota used, for a meter. */
        public int percentUsed() {
            return seatQuota == 0 ? 0 : (int) Math.min(100, Math.round(100.0 * seatsUsed / seatQuota));
        }
    }

    public record ReportLine(
            UUID enrolmentId,
            UUID occasionId,
            String courseCode,
            String courseTitle,
            LocalDate startDate,
            String status,
            BigDecimal creditsAwarded,
            String grade,
            BigDecimal cost,
            String orderReference,
            String costCentre) {}

    public record ReportEmployee(
            String employeeNumber,
            String givenName,
            String familyName,
            List<ReportLine> enrolments,
            BigDecimal credits,
            BigDecimal cost) {}

    /** Follow-up counts of one university, course or employer (key), or the total. */
    public record FollowUpRow(
            String key,
            String label,
            long ordered,
            long confirmed,
            long completed,
            long notCompleted,
            long cancelled,
            long rejected,
            long waitlisted,
            BigDecimal creditsAwarded,
            BigDecimal completionRate,
            long evaluationsInvited,
            long evaluationsAnswered,
            BigDecimal evaluationResponseRate,
            Evaluation evaluation) {

        /** Confirmed and still without a result. */
        public long inProgress() {
            return confirmed - completed - notCompleted;
        }

        /** Neither confirmed nor yet decided: cancelled, rejected, on the waiting list or waiting for a decision. */
        public long notSeated() {
            return ordered - confirmed;
        }
    }

    /** The standard evaluation questions' averages (1-5); absent for a group with fewer than five answers. */
    public record Evaluation(BigDecimal overall, BigDecimal relevance, BigDecimal teaching, BigDecimal organisation) {}

    public record FollowUp(int year, String by, List<FollowUpRow> rows, FollowUpRow total) {}

    public record Report(
            LocalDate from,
            LocalDate to,
            List<ReportEmployee> employees,
            BigDecimal totalCost,
            BigDecimal totalCredits) {}
}
