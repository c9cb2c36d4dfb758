package se.uppdrag.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.uppdrag.platform.domain.RuleViolation;
import se.uppdrag.platform.repository.TrackedEntity;

/**
 * An agreement on commissioned education between one university and one employer. Its lifecycle: the university
 * drafts and proposes, the employer accepts (ACTIVE) or declines; amendments add versions; either party may
 * terminate; it expires at the end of its validity. Every transition not listed is refused with the current state.
 */
@Entity
@Table(name = "agreement")
public class Agreement extends TrackedEntity {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String university;

    @Column(nullable = false)
    public String employer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementStatus status;

    /** The version of {@link #terms}: 1 while a draft, then the latest accepted. */
    @Column(nullable = false)
    public int version;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Terms terms;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    public LocalDate validTo;

    @Column(name = "termination_date")
    public LocalDate terminationDate;

    @Column(name = "termination_reason")
    public String terminationReason;

    @Column(name = "terminated_by")
    public String terminatedBy;

    public static Agreement draft(String university, Terms terms, Instant now) {
        Agreement agreement = new Agreement();
        agreement.id = UUID.randomUUID();
        agreement.university = university;
        agreement.status = AgreementStatus.DRAFT;
        agreement.version = 1;
        agreement.createdAt = now;
        agreement.replaceTerms(terms, now);
        return agreement;
    }

    public boolean isParty(String organisation) {
        return university.equals(organisation) || employer.equals(organisation);
    }

    public void redraft(Terms newTerms, Instant now) {
        require("changed", EnumSet.of(AgreementStatus.DRAFT));
        replaceTerms(newTerms, now);
    }

    public void propose(Instant now) {
        require("proposed", EnumSet.of(AgreementStatus.DRAFT));
        status = AgreementStatus.PROPOSED;
        updatedAt = now;
    }

    public void accept(LocalDate today, Instant now) {
        require("accepted", EnumSet.of(AgreementStatus.PROPOSED));
        if (validTo.isBefore(today)) {
            throw RuleViolation.wrongState(
                    "Agreement " + id + " was valid until " + validTo + " and cannot be accepted any more");
        }
        status = AgreementStatus.ACTIVE;
        updatedAt = now;
    }

    public void decline(Instant now) {
        require("declined", EnumSet.of(AgreementStatus.PROPOSED));
        status = AgreementStatus.DECLINED;
        updatedAt = now;
    }

    /** Makes accepted amended terms the current version. */
    public void amend(Terms amended, Instant now) {
        require("amended", EnumSet.of(AgreementStatus.ACTIVE));
        version++;
        replaceTerms(amended, now);
    }

    public void requireAmendable() {
        require("amended", EnumSet.of(AgreementStatus.ACTIVE));
    }

    public void terminate(LocalDate effectiveDate, String reason, String by, LocalDate today, Instant now) {
        require("terminated", EnumSet.of(AgreementStatus.ACTIVE));
        if (effectiveDate.isBefore(today)) {
            throw RuleViolation.invalidValue("effectiveDate", "must not be in the past (today is " + today + ")");
        }
        if (effectiveDate.isAfter(validTo)) {
            throw RuleViolation.invalidValue(
                    "effectiveDate", "must not be after the end of validity (" + validTo + ")");
        }
        status = AgreementStatus.TERMINATED;
        terminationDate = effectiveDate;
        terminationReason = reason;
        terminatedBy = by;
        updatedAt = now;
    }

    public void expire(Instant now) {
        require("expired", EnumSet.of(AgreementStatus.ACTIVE));
        status = AgreementStatus.EXPIRED;
        updatedAt = now;
    }

    private void replaceTerms(Terms newTerms, Instant now) {
        terms = newTerms;
        employer = newTerms.employer();
        validFrom = newTerms.validFrom();
        validTo = newTerms.validTo();
        updatedAt = now;
    }

    private void require(String transition, Set<AgreementStatus> allowed) {
        if (!allowed.contains(status)) {
            throw RuleViolation.wrongState("Agreement " + id, status, allowed, transition);
        }
    }
}
