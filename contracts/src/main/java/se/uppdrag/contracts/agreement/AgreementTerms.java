package se.uppdrag.contracts.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.uppdrag.contracts.Money;

/**
 * Payload of AgreementActivated and AgreementAmended: the full terms of one version, so enrolment and invoicing
 * keep their own copy and never ask partner-agreement.
 */
public record AgreementTerms(
        UUID agreementId,
        int version,
        Party university,
        Party employer,
        LocalDate validFrom,
        LocalDate validTo,
        LocalDate effectiveFrom,
        Coverage coverage,
        Pricing pricing,
        int seatQuota,
        boolean autoConfirm,
        Cancellation cancellation,
        Invoicing invoicing,
        Funding funding) {

    /** Terms without co-funding. */
    public AgreementTerms(
            UUID agreementId,
            int version,
            Party university,
            Party employer,
            LocalDate validFrom,
            LocalDate validTo,
            LocalDate effectiveFrom,
            Coverage coverage,
            Pricing pricing,
            int seatQuota,
            boolean autoConfirm,
            Cancellation cancellation,
            Invoicing invoicing) {
        this(
                agreementId,
                version,
                university,
                employer,
                validFrom,
                validTo,
                effectiveFrom,
                coverage,
                pricing,
                seatQuota,
                autoConfirm,
                cancellation,
                invoicing,
                null);
    }

    public record Party(
            String orgNumber, String name, String buyerType, Address address, String peppolEndpoint, String bankgiro) {}

    public record Address(String street, String postalCode, String city, String country) {}

    public record Coverage(boolean allCourses, List<UUID> courseIds) {}

    public record Pricing(String kind, List<CoursePrice> prices, BigDecimal percent) {}

    public record CoursePrice(UUID courseId, Money price) {}

    public record Cancellation(List<CancellationFee> fees) {}

    public record CancellationFee(int withinDaysOfStart, int percent) {}

    /** {@code orderReferenceRequired}: every order must give the employer's own order number (null: not required). */
    public record Invoicing(int paymentDays, String buyerReference, String invoiceOn, Boolean orderReferenceRequired) {

        public boolean requiresOrderReference() {
            return Boolean.TRUE.equals(orderReferenceRequired);
        }
    }

    /** How a funder shares the cost of the agreement's orders. */
    public enum FundingModel {
        /** The employer is invoiced its share; the funder its own, on a separate invoice to it. */
        FUNDER_INVOICED,
        /** The employer is invoiced the full fee and claims the funder's share back afterwards. */
        EMPLOYER_CLAIMS,
        /** The invoice shows the full price, the subsidy as an allowance and the balance to pay. */
        SUBSIDY
    }

    /**
     * A co-funding scheme: the funder's share in percent of each participant's price, at most {@code
     * capPerParticipant} (null: no cap); {@code condition} COMPLETION means only participants who completed are
     * funded (null or NONE: everyone billed); the funder's reference; and for claims, the days after an invoice within
     * which the employer must claim.
     */
    public record Funding(
            String model,
            Party funder,
            int sharePercent,
            Money capPerParticipant,
            String condition,
            String funderReference,
            Integer claimDeadlineDays) {

        public FundingModel fundingModel() {
            return FundingModel.valueOf(model);
        }

        public boolean onlyOnCompletion() {
            return "COMPLETION".equals(condition);
        }

        /** The funder's share of one participant's price: the percentage, rounded to öre, within the cap. */
        public BigDecimal shareOf(BigDecimal price) {
            BigDecimal share = price.multiply(BigDecimal.valueOf(sharePercent))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            if (capPerParticipant != null && share.compareTo(capPerParticipant.amount()) > 0) {
                share = capPerParticipant.amount();
            }
            return share.min(price).setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** The model its funding follows, when it is co-funded. */
    public boolean fundedAs(FundingModel fundingModel) {
        return funding != null && funding.fundingModel() == fundingModel;
    }
}
