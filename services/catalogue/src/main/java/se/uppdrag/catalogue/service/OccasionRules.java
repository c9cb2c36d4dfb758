package se.uppdrag.catalogue.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.uppdrag.contracts.Money;
import se.uppdrag.platform.errors.Problem.FieldError;
import se.uppdrag.platform.errors.ProblemException;

/** The rules an occasion's dates and price obey together, checked on create and after every change. */
final class OccasionRules {

    private OccasionRules() {}

    static void check(LocalDate startDate, LocalDate endDate, LocalDate orderDeadline, BigDecimal listPrice) {
        List<FieldError> errors = new ArrayList<>();
        if (endDate.isBefore(startDate)) {
            errors.add(new FieldError("endDate", "must not be before startDate (" + startDate + ")"));
        }
        if (orderDeadline.isAfter(startDate)) {
            errors.add(new FieldError("orderDeadline", "must not be after startDate (" + startDate + ")"));
        }
        if (listPrice.signum() < 0 || listPrice.compareTo(Money.MAX_PRICE) > 0) {
            errors.add(new FieldError("listPrice.amount", "must be between 0 and " + Money.MAX_PRICE.toPlainString()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    static void checkCredits(BigDecimal credits) {
        if (credits.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
            throw ProblemException.invalidField(
                    "credits", "must be a multiple of 0.5 hp, was " + credits.toPlainString());
        }
    }
}
