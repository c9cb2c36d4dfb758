package se.uppdrag.portal.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the portal reads and writes of the partner-agreement service: organisations and agreements. */
public final class Agreements {

    private Agreements() {}

    public record Address(String street, String postalCode, String city, String country) {}

    public record Organisation(
            String orgNumber,
            String name,
            String kind,
            String buyerType,
            Address address,
            String peppolEndpoint,
            String bankgiro,
            Instant createdAt) {}

    /** Where an organisation wants the platform's notices: per role, and the language. */
    public record Notifications(
            String language, List<String> employer, List<String> university, List<String> finance) {}

    /** The body of POST /organisations and PUT /organisations/{orgNumber}. */
    public record OrganisationRequest(
            String orgNumber,
            String name,
            String kind,
            String buyerType,
            Address address,
            String peppolEndpoint,
            String bankgiro) {}

    public record Coverage(Boolean allCourses, List<UUID> courseIds) {}

    public record CoursePrice(UUID courseId, Money price) {}

    public record Pricing(String kind, List<CoursePrice> prices, BigDecimal percent) {}

    public record CancellationFee(Integer withinDaysOfStart, Integer percent) {}

    public record Cancellation(List<CancellationFee> fees) {}

    public record Invoicing(
            Integer paymentDays, String buyerReference, String invoiceOn, Boolean orderReferenceRequired) {}

    /**
     * Co-funding: a funder (FUNDER_INVOICED: invoiced its share; EMPLOYER_CLAIMS: the employer claims it back;
     * SUBSIDY: an allowance on the employer's invoice) pays sharePercent, at most capPerParticipant, under condition.
     */
    public record Funding(
            String model,
            String funder,
            Integer sharePercent,
            Money capPerParticipant,
            String condition,
            String funderReference,
            Integer claimDeadlineDays) {}

    /** The terms of an agreement: the body of a draft, a redraft and an amendment. */
    public record Terms(
            String employer,
            LocalDate validFrom,
            LocalDate validTo,
            Coverage coverage,
            Pricing pricing,
            Integer seatQuota,
            Boolean autoConfirm,
            Cancellation cancellation,
            Invoicing invoicing,
            Funding funding) {}

    public record Termination(LocalDate effectiveDate, String reason, String terminatedBy) {}

    public record Version(int version, LocalDate effectiveFrom, Instant acceptedAt) {}

    public record Amendment(
            UUID id, String status, LocalDate effectiveFrom, Instant proposedAt, Instant decidedAt, Terms terms) {

        public boolean isProposed() {
            return "PROPOSED".equals(status);
        }
    }

    public record Agreement(
            UUID id,
            String status,
            int version,
            String university,
            String employer,
            LocalDate validFrom,
            LocalDate validTo,
            Coverage coverage,
            Pricing pricing,
            int seatQuota,
            boolean autoConfirm,
            Cancellation cancellation,
            Invoicing invoicing,
            Funding funding,
            Termination termination,
            List<Version> versions,
            List<Amendment> amendments,
            Instant createdAt,
            Instant updatedAt) {

        public boolean inStatus(String wanted) {
            return wanted.equals(status);
        }

        /** The amendment waiting for the employer's answer, if any. */
        public Amendment pendingAmendment() {
            return amendments == null
                    ? null
                    : amendments.stream()
                            .filter(Amendment::isProposed)
                            .findFirst()
                            .orElse(null);
        }

        /** The terms now in force, in the shape a new draft or an amendment starts from. */
        public Terms terms() {
            return new Terms(
                    employer,
                    validFrom,
                    validTo,
                    coverage,
                    pricing,
                    seatQuota,
                    autoConfirm,
                    cancellation,
                    invoicing,
                    funding);
        }
    }

    public record TerminationRequest(LocalDate effectiveDate, String reason) {}
}
