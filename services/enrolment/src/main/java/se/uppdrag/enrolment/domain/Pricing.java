package se.uppdrag.enrolment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.UUID;
import se.uppdrag.contracts.agreement.AgreementTerms;

/** What one participant costs, and what cancelling costs, under an agreement's terms. */
public final class Pricing {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Pricing() {}

    public static boolean covers(AgreementTerms terms, UUID courseId) {
        return terms.coverage().allCourses() || terms.coverage().courseIds().contains(courseId);
    }

    /** The price per participant: the course's fixed price, or the list price less the discount (to the öre, half up). */
    public static Optional<BigDecimal> pricePerParticipant(AgreementTerms terms, UUID courseId, BigDecimal listPrice) {
        if ("DISCOUNT".equals(terms.pricing().kind())) {
            BigDecimal share = HUNDRED.subtract(terms.pricing().percent()).divide(HUNDRED);
            return Optional.of(listPrice.multiply(share).setScale(2, RoundingMode.HALF_UP));
        }
        return terms.pricing().prices().stream()
                .filter(p -> p.courseId().equals(courseId))
                .findFirst()
                .map(p -> p.price().amount());
    }

    /**
     * The cancellation fee's percentage {@code daysBeforeStart} days before the start: the highest of the fees whose
     * window ({@code withinDaysOfStart}) the cancellation falls in, 0 when none does.
     */
    public static int cancellationPercent(AgreementTerms terms, long daysBeforeStart) {
        return terms.cancellation().fees().stream()
                .filter(f -> daysBeforeStart <= f.withinDaysOfStart())
                .mapToInt(AgreementTerms.CancellationFee::percent)
                .max()
                .orElse(0);
    }

    public static BigDecimal fee(BigDecimal price, int percent) {
        return price.multiply(BigDecimal.valueOf(percent)).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }
}
