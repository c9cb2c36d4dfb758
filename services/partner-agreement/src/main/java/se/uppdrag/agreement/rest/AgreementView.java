package se.uppdrag.agreement.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.uppdrag.agreement.domain.AgreementStatus;
import se.uppdrag.agreement.domain.Amendment;
import se.uppdrag.agreement.domain.AmendmentStatus;
import se.uppdrag.agreement.domain.Terms;
import se.uppdrag.agreement.service.AgreementService.AgreementRecord;

/** An agreement as its parties see it: the current terms flattened in, with its versions and amendments. */
public record AgreementView(
        UUID id,
        AgreementStatus status,
        int version,
        String university,
        String employer,
        LocalDate validFrom,
        LocalDate validTo,
        Terms.Coverage coverage,
        Terms.Pricing pricing,
        int seatQuota,
        boolean autoConfirm,
        Terms.Cancellation cancellation,
        Terms.Invoicing invoicing,
        Terms.Funding funding,
        Termination termination,
        List<VersionView> versions,
        List<AmendmentView> amendments,
        Instant createdAt,
        Instant updatedAt) {

    public record Termination(LocalDate effectiveDate, String reason, String terminatedBy) {}

    public record VersionView(int version, LocalDate effectiveFrom, Instant acceptedAt) {}

    public record AmendmentView(
            UUID id,
            AmendmentStatus status,
            LocalDate effectiveFrom,
            Instant proposedAt,
            Instant decidedAt,
            Terms terms) {}

    static AgreementView of(AgreementRecord r) {
        var a = r.agreement();
        var t = a.terms;
        return new AgreementView(
                a.id,
                a.status,
                a.version,
                a.university,
                a.employer,
                a.validFrom,
                a.validTo,
                t.coverage(),
                t.pricing(),
                t.seatQuota(),
                t.autoConfirms(),
                t.cancellation(),
                t.invoicing(),
                t.funding(),
                a.terminationDate == null
                        ? null
                        : new Termination(a.terminationDate, a.terminationReason, a.terminatedBy),
                r.versions().stream()
                        .map(v -> new VersionView(v.version(), v.effectiveFrom, v.acceptedAt))
                        .toList(),
                r.amendments().stream().map(AgreementView::amendment).toList(),
                a.createdAt,
                a.updatedAt);
    }

    static AmendmentView amendment(Amendment m) {
        return new AmendmentView(m.id, m.status, m.effectiveFrom, m.proposedAt, m.decidedAt, m.terms);
    }
}
