package se.uppdrag.agreement.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.uppdrag.contracts.Money;
import se.uppdrag.platform.domain.FieldProblem;

/**
 * What a university offers in answer to an inquiry: a course (one of its catalogue's or a new one made for the
 * need), the occasions it proposes, a price, how long the offer stands, and cancellation and invoicing terms in the
 * shape an agreement has them, so an awarded offer becomes an agreement's terms unchanged.
 */
public record OfferContent(
        @NotNull @Valid CourseOffered course,
        @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid ProposedOccasion> occasions,
        @NotNull @Valid OfferPrice price,
        @NotNull LocalDate validUntil,
        @NotNull @Valid Terms.Cancellation cancellation,
        @NotNull @Valid Terms.Invoicing invoicing,
        @Size(max = 5000) String message) {

    /** A course of the university's catalogue, or a new course proposed for this need: exactly one of the two. */
    public record CourseOffered(
            UUID existingCourseId, @Valid NewCourse newCourse) {}

    /** A course made for the need; credits absent when it gives none (then no cycle either). */
    public record NewCourse(
            @NotBlank @Size(max = 200) String title,
            @NotNull @Size(min = 1, max = 30) List<@NotBlank @Size(max = 2000) String> learningOutcomes,
            @DecimalMin("0.5") @DecimalMax("300.0") BigDecimal credits,
            Cycle cycle) {}

    public record ProposedOccasion(
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @NotNull DeliveryMode mode,
            @NotNull @Min(1) @Max(10_000) Integer seats,
            @Size(max = 200) String place) {}

    public record OfferPrice(
            @NotNull PriceBasis basis, @NotNull Money amount) {}

    /** What the whole course costs the employer for the inquiry's number of participants. */
    public Money total(int participants) {
        return price.basis() == PriceBasis.WHOLE_COURSE
                ? price.amount()
                : Money.sek(price.amount().amount().multiply(BigDecimal.valueOf(participants)));
    }

    /** The price of one participant: a whole-course price shared evenly, to the öre (half up). */
    public Money perParticipant(int participants) {
        return price.basis() == PriceBasis.PER_PARTICIPANT
                ? price.amount()
                : Money.sek(price.amount().amount().divide(BigDecimal.valueOf(participants), 2, RoundingMode.HALF_UP));
    }

    public int seats() {
        return occasions.stream().mapToInt(ProposedOccasion::seats).sum();
    }

    public LocalDate firstDay() {
        return occasions.stream()
                .map(ProposedOccasion::startDate)
                .min(LocalDate::compareTo)
                .orElseThrow();
    }

    public LocalDate lastDay() {
        return occasions.stream()
                .map(ProposedOccasion::endDate)
                .max(LocalDate::compareTo)
                .orElseThrow();
    }

    /** What is wrong across fields for an inquiry of so many participants, offered on {@code today}. */
    public List<FieldProblem> problems(int participants, LocalDate deadlineDay, LocalDate today) {
        List<FieldProblem> errors = new ArrayList<>();
        if ((course.existingCourseId() == null) == (course.newCourse() == null)) {
            errors.add(new FieldProblem("course", "must name either existingCourseId or newCourse, not both"));
        }
        NewCourse proposed = course.newCourse();
        if (proposed != null && proposed.credits() == null && proposed.cycle() != null) {
            errors.add(new FieldProblem("course.newCourse.cycle", "must be absent for a course without credits"));
        }
        if (proposed != null
                && proposed.credits() != null
                && proposed.credits().remainder(new BigDecimal("0.5")).signum() != 0) {
            errors.add(new FieldProblem("course.newCourse.credits", "must be a multiple of 0.5"));
        }
        if (proposed != null && proposed.credits() != null && proposed.cycle() == null) {
            errors.add(new FieldProblem("course.newCourse.cycle", "is required for a course with credits"));
        }
        for (int i = 0; i < occasions.size(); i++) {
            ProposedOccasion occasion = occasions.get(i);
            if (occasion.endDate().isBefore(occasion.startDate())) {
                errors.add(new FieldProblem(
                        "occasions[" + i + "].endDate", "must not be before startDate (" + occasion.startDate() + ")"));
            }
            if (!occasion.startDate().isAfter(today)) {
                errors.add(new FieldProblem("occasions[" + i + "].startDate", "must be after today (" + today + ")"));
            }
        }
        if (price.amount().amount().signum() <= 0) {
            errors.add(new FieldProblem("price.amount", "must be more than zero"));
        } else if (perParticipant(participants).amount().compareTo(Money.MAX_PRICE) > 0) {
            errors.add(new FieldProblem("price.amount", "comes to more than " + Money.MAX_PRICE + " per participant"));
        }
        if (validUntil.isBefore(deadlineDay)) {
            errors.add(new FieldProblem("validUntil", "must not end before the offer deadline (" + deadlineDay + ")"));
        }
        cancellation.addProblems(errors);
        return errors;
    }
}
