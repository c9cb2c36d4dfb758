package se.uppdrag.agreement.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.uppdrag.contracts.Money;
import se.uppdrag.platform.domain.FieldProblem;

/**
 * The terms of an agreement, as the university drafts them and as each accepted version keeps them. Field-level
 * rules are annotations; the rules across fields are {@link #problems()}.
 */
public record Terms(
        @NotNull @Pattern(regexp = "[0-9]{10}", message = "must be an organisation number of 10 digits")
        String employer,

        @NotNull LocalDate validFrom,
        @NotNull LocalDate validTo,
        @NotNull @Valid Coverage coverage,
        @NotNull @Valid Pricing pricing,
        @NotNull @Min(1) @Max(100_000) Integer seatQuota,
        Boolean autoConfirm,
        @NotNull @Valid Cancellation cancellation,
        @NotNull @Valid Invoicing invoicing,
        @Valid Funding funding) {

    /** Terms without co-funding. */
    public Terms(
            String employer,
            LocalDate validFrom,
            LocalDate validTo,
            Coverage coverage,
            Pricing pricing,
            Integer seatQuota,
            Boolean autoConfirm,
            Cancellation cancellation,
            Invoicing invoicing) {
        this(employer, validFrom, validTo, coverage, pricing, seatQuota, autoConfirm, cancellation, invoicing, null);
    }

    /** Listed courses of the university, or all of them. */
    public record Coverage(
            @NotNull Boolean allCourses, @Size(max = 500) List<@NotNull UUID> courseIds) {

        public List<UUID> courseIdsOrEmpty() {
            return courseIds == null ? List.of() : courseIds;
        }

        public boolean covers(UUID courseId) {
            return Boolean.TRUE.equals(allCourses) || courseIdsOrEmpty().contains(courseId);
        }
    }

    /** A fixed price per participant per course, or a discount off the occasion's list price. */
    public record Pricing(
            @NotNull PricingKind kind,
            @Size(max = 500) List<@NotNull @Valid CoursePrice> prices,
            @Digits(integer = 3, fraction = 2) BigDecimal percent) {

        public List<CoursePrice> pricesOrEmpty() {
            return prices == null ? List.of() : prices;
        }
    }

    public record CoursePrice(
            @NotNull UUID courseId, @NotNull Money price) {}

    /** The fee for cancelling within so many days of the start; substitution is always free. */
    public record Cancellation(@NotNull @Size(max = 20) List<@NotNull @Valid CancellationFee> fees) {

        /** Adds a problem for each fee whose day count an earlier fee already has. */
        public void addProblems(List<FieldProblem> errors) {
            Set<Integer> days = new HashSet<>();
            for (int i = 0; i < fees.size(); i++) {
                if (!days.add(fees.get(i).withinDaysOfStart())) {
                    errors.add(new FieldProblem("cancellation.fees[" + i + "].withinDaysOfStart", "appears twice"));
                }
            }
        }
    }

    public record CancellationFee(
            @NotNull @Min(0) @Max(3650) Integer withinDaysOfStart,
            @NotNull @Min(0) @Max(100) Integer percent) {}

    /** {@code orderReferenceRequired}: every order under the agreement must give the employer's order number. */
    public record Invoicing(
            @NotNull @Min(0) @Max(365) Integer paymentDays,
            @Size(max = 100) String buyerReference,
            @NotNull InvoiceOn invoiceOn,
            Boolean orderReferenceRequired) {

        public Invoicing(Integer paymentDays, String buyerReference, InvoiceOn invoiceOn) {
            this(paymentDays, buyerReference, invoiceOn, null);
        }
    }

    /**
     * A co-funding scheme: a funder (a registered organisation of kind FUNDER) pays {@code sharePercent} of each
     * participant's price, at most {@code capPerParticipant}, under {@code condition}, the way {@code model} says.
     */
    public record Funding(
            @NotNull FundingModel model,

            @NotNull @Pattern(regexp = "[0-9]{10}", message = "must be an organisation number of 10 digits")
            String funder,

            @NotNull @Min(1) @Max(100) Integer sharePercent,
            Money capPerParticipant,
            FundingCondition condition,

            @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line of text")
            String funderReference,

            @Min(0) @Max(3650) Integer claimDeadlineDays) {

        void addProblems(String employer, List<FieldProblem> errors) {
            if (funder.equals(employer)) {
                errors.add(new FieldProblem("funding.funder", "must not be the employer itself"));
            }
            if (capPerParticipant != null
                    && (capPerParticipant.amount().signum() <= 0
                            || capPerParticipant.amount().compareTo(Money.MAX_PRICE) > 0)) {
                errors.add(new FieldProblem(
                        "funding.capPerParticipant.amount",
                        "must be above 0 and at most " + Money.MAX_PRICE.toPlainString()));
            }
            if (model == FundingModel.SUBSIDY && condition == FundingCondition.COMPLETION) {
                errors.add(new FieldProblem(
                        "funding.condition",
                        "cannot be COMPLETION for a subsidy: the allowance is on the invoice when it is issued"));
            }
            if (model != FundingModel.EMPLOYER_CLAIMS && claimDeadlineDays != null) {
                errors.add(new FieldProblem(
                        "funding.claimDeadlineDays", "applies only when the employer claims (EMPLOYER_CLAIMS)"));
            }
        }
    }

    public boolean autoConfirms() {
        return Boolean.TRUE.equals(autoConfirm);
    }

    /** What is wrong across fields; empty when the terms hold together. */
    public List<FieldProblem> problems() {
        List<FieldProblem> errors = new ArrayList<>();
        if (validTo.isBefore(validFrom)) {
            errors.add(new FieldProblem("validTo", "must not be before validFrom (" + validFrom + ")"));
        }
        boolean all = Boolean.TRUE.equals(coverage.allCourses());
        if (!all && coverage.courseIdsOrEmpty().isEmpty()) {
            errors.add(new FieldProblem("coverage.courseIds", "must list courses unless allCourses is true"));
        }
        if (all && !coverage.courseIdsOrEmpty().isEmpty()) {
            errors.add(new FieldProblem("coverage.courseIds", "must be empty when allCourses is true"));
        }
        if (new HashSet<>(coverage.courseIdsOrEmpty()).size()
                != coverage.courseIdsOrEmpty().size()) {
            errors.add(new FieldProblem("coverage.courseIds", "names a course twice"));
        }
        pricingProblems(errors);
        cancellation.addProblems(errors);
        if (funding != null) {
            funding.addProblems(employer, errors);
        }
        return errors;
    }

    private void pricingProblems(List<FieldProblem> errors) {
        if (pricing.kind() == PricingKind.DISCOUNT) {
            if (pricing.percent() == null) {
                errors.add(new FieldProblem("pricing.percent", "is required for a discount"));
            } else if (pricing.percent().signum() < 0 || pricing.percent().compareTo(BigDecimal.valueOf(100)) > 0) {
                errors.add(new FieldProblem("pricing.percent", "must be between 0 and 100"));
            }
            if (!pricing.pricesOrEmpty().isEmpty()) {
                errors.add(new FieldProblem("pricing.prices", "must be empty for a discount"));
            }
            return;
        }
        if (pricing.percent() != null) {
            errors.add(new FieldProblem("pricing.percent", "must be absent for fixed prices"));
        }
        if (pricing.pricesOrEmpty().isEmpty()) {
            errors.add(new FieldProblem("pricing.prices", "must give at least one course's price"));
        }
        Set<UUID> priced = new HashSet<>();
        for (int i = 0; i < pricing.pricesOrEmpty().size(); i++) {
            CoursePrice price = pricing.pricesOrEmpty().get(i);
            if (price.price().amount().signum() < 0 || price.price().amount().compareTo(Money.MAX_PRICE) > 0) {
                errors.add(new FieldProblem(
                        "pricing.prices[" + i + "].price.amount",
                        "must be between 0 and " + Money.MAX_PRICE.toPlainString()));
            }
            if (!priced.add(price.courseId())) {
                errors.add(new FieldProblem("pricing.prices[" + i + "].courseId", "is priced twice"));
            }
            if (!coverage.covers(price.courseId())) {
                errors.add(new FieldProblem("pricing.prices[" + i + "].courseId", "is not covered by the agreement"));
            }
        }
    }

    /** Every course the terms name, in coverage or pricing. */
    public Set<UUID> namedCourses() {
        Set<UUID> named = new HashSet<>(coverage.courseIdsOrEmpty());
        pricing.pricesOrEmpty().forEach(p -> named.add(p.courseId()));
        return named;
    }
}
