package se.uppdrag.agreement.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import se.uppdrag.contracts.Money;
import se.uppdrag.platform.domain.FieldProblem;

/**
 * What an employer asks universities for: the course it needs, for whom, when and how, how it procures, by when
 * offers are due and to whom the inquiry goes. Field rules are annotations; rules across fields {@link #problems}.
 */
public record InquiryNeed(
        @NotBlank @Size(max = 200) String title,
        @NotNull @Size(min = 1, max = 30) List<@NotBlank @Size(max = 2000) String> learningOutcomes,
        @NotBlank @Size(max = 100) String subject,
        @NotNull @Min(1) @Max(10_000) Integer participants,
        @Size(max = 2000) String participantBackground,
        @NotNull LocalDate periodFrom,
        @NotNull LocalDate periodTo,
        @Size(max = 200) String place,
        @NotNull DeliveryMode mode,

        @NotNull @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter ISO 639-1 code such as sv or en")
        String language,

        Boolean creditsWanted,
        Money budgetCeiling,
        @NotNull @Valid Procurement procurement,
        @NotNull Instant offerDeadline,
        @NotNull @Valid Recipients recipients) {

    /** Swedish time: a deadline is compared with the period's first day as it begins in Sweden. */
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    /** More than any course costs, and well within what every ledger holds. */
    public static final BigDecimal MAX_BUDGET = new BigDecimal("999999999.99");

    public record Procurement(
            @NotNull ProcurementKind kind, @Size(max = 100) String reference) {}

    /** Named universities, or every registered university (resolved when the inquiry is published). */
    public record Recipients(
            @NotNull Boolean allUniversities,

            @Size(max = 100)
            List<
                            @NotNull
                            @Pattern(regexp = "[0-9]{10}", message = "must be an organisation number of 10 digits")
                            String>
                    universities) {

        public List<String> universitiesOrEmpty() {
            return universities == null ? List.of() : universities;
        }

        public boolean all() {
            return Boolean.TRUE.equals(allUniversities);
        }
    }

    public boolean wantsCredits() {
        return Boolean.TRUE.equals(creditsWanted);
    }

    /** What is wrong across fields, given the time now; empty when the need holds together. */
    public List<FieldProblem> problems(Instant now) {
        List<FieldProblem> errors = new ArrayList<>();
        if (periodTo.isBefore(periodFrom)) {
            errors.add(new FieldProblem("periodTo", "must not be before periodFrom (" + periodFrom + ")"));
        }
        if (!offerDeadline.isAfter(now)) {
            errors.add(new FieldProblem("offerDeadline", "must be in the future (it is " + now + " now)"));
        }
        if (!offerDeadline.isBefore(periodFrom.atStartOfDay(SWEDEN).toInstant())) {
            errors.add(new FieldProblem("offerDeadline", "must be before the period starts (" + periodFrom + ")"));
        }
        if (budgetCeiling != null && budgetCeiling.amount().signum() <= 0) {
            errors.add(new FieldProblem("budgetCeiling", "must be more than zero when given"));
        } else if (budgetCeiling != null && budgetCeiling.amount().compareTo(MAX_BUDGET) > 0) {
            errors.add(new FieldProblem("budgetCeiling", "must be at most " + MAX_BUDGET.toPlainString()));
        }
        if (procurement.kind() == ProcurementKind.ADVERTISED
                && (procurement.reference() == null || procurement.reference().isBlank())) {
            errors.add(new FieldProblem(
                    "procurement.reference", "is required for an advertised procurement (its case number)"));
        }
        List<String> named = recipients.universitiesOrEmpty();
        if (recipients.all() && !named.isEmpty()) {
            errors.add(new FieldProblem("recipients.universities", "must be empty when allUniversities is true"));
        }
        if (!recipients.all() && named.isEmpty()) {
            errors.add(new FieldProblem("recipients.universities", "must name universities unless allUniversities"));
        }
        if (new HashSet<>(named).size() != named.size()) {
            errors.add(new FieldProblem("recipients.universities", "names a university twice"));
        }
        return errors;
    }
}
