package se.uppdrag.agreement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import se.uppdrag.agreement.domain.Agreement;
import se.uppdrag.agreement.domain.Organisation;
import se.uppdrag.agreement.domain.Terms;
import se.uppdrag.contracts.EventCatalog;
import se.uppdrag.contracts.EventDefinition;
import se.uppdrag.contracts.agreement.AgreementExpired;
import se.uppdrag.contracts.agreement.AgreementTerminated;
import se.uppdrag.contracts.agreement.AgreementTerms;
import se.uppdrag.platform.outbox.Outbox;

/**
 * Agreement facts as events. Activation and amendment carry the full terms and both parties, so enrolment and
 * invoicing keep their own copy and never need to ask this service.
 */
@ApplicationScoped
public class AgreementEvents {

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The organisations the terms name, as registered when the terms take effect; no funder without funding. */
    public record Parties(Organisation university, Organisation employer, Organisation funder) {}

    public void activated(Agreement agreement, LocalDate effectiveFrom, Parties parties) {
        publishTerms(EventCatalog.AGREEMENT_ACTIVATED, agreement, effectiveFrom, parties);
    }

    public void amended(Agreement agreement, LocalDate effectiveFrom, Parties parties) {
        publishTerms(EventCatalog.AGREEMENT_AMENDED, agreement, effectiveFrom, parties);
    }

    public void terminated(Agreement a) {
        outbox.publish(
                EventCatalog.AGREEMENT_TERMINATED,
                a.id.toString(),
                new AgreementTerminated(
                        a.id,
                        a.version,
                        a.university,
                        a.employer,
                        a.terminationDate,
                        a.terminatedBy,
                        a.terminationReason));
    }

    public void expired(Agreement a) {
        outbox.publish(
                EventCatalog.AGREEMENT_EXPIRED,
                a.id.toString(),
                new AgreementExpired(a.id, a.version, a.university, a.employer, a.validTo));
    }

    private void publishTerms(EventDefinition type, Agreement a, LocalDate effectiveFrom, Parties parties) {
        Terms t = a.terms;
        AgreementTerms payload = new AgreementTerms(
                a.id,
                a.version,
                party(parties.university()),
                party(parties.employer()),
                t.validFrom(),
                t.validTo(),
                effectiveFrom,
                new AgreementTerms.Coverage(
                        Boolean.TRUE.equals(t.coverage().allCourses()),
                        t.coverage().courseIdsOrEmpty()),
                new AgreementTerms.Pricing(
                        t.pricing().kind().name(),
                        t.pricing().pricesOrEmpty().stream()
                                .map(p -> new AgreementTerms.CoursePrice(p.courseId(), p.price()))
                                .toList(),
                        t.pricing().percent()),
                t.seatQuota(),
                t.autoConfirms(),
                new AgreementTerms.Cancellation(t.cancellation().fees().stream()
                        .map(f -> new AgreementTerms.CancellationFee(f.withinDaysOfStart(), f.percent()))
                        .toList()),
                new AgreementTerms.Invoicing(
                        t.invoicing().paymentDays(),
                        t.invoicing().buyerReference(),
                        t.invoicing().invoiceOn().name(),
                        t.invoicing().orderReferenceRequired()),
                funding(t.funding(), parties.funder()));
        outbox.publish(type, a.id.toString(), payload);
    }

    private static AgreementTerms.Funding funding(Terms.Funding funding, Organisation funder) {
        if (funding == null) {
            return null;
        }
        return new AgreementTerms.Funding(
                funding.model().name(),
                party(funder),
                funding.sharePercent(),
                funding.capPerParticipant(),
                funding.condition() == null ? null : funding.condition().name(),
                funding.funderReference(),
                funding.claimDeadlineDays());
    }

    private static AgreementTerms.Party party(Organisation o) {
        var address = o.address == null
                ? null
                : new AgreementTerms.Address(
                        o.address.street(), o.address.postalCode(), o.address.city(), o.address.country());
        return new AgreementTerms.Party(
                o.orgNumber,
                o.name,
                o.buyerType == null ? null : o.buyerType.name(),
                address,
                o.peppolEndpoint,
                o.bankgiro);
    }
}
