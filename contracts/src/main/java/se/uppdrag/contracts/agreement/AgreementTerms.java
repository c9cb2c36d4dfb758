package se.uppdrag.contracts.agreement;

import java.math.BigDecimal;
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
        Invoicing invoicing) {

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
}
