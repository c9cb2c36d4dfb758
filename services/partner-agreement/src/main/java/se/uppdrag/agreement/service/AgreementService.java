package se.uppdrag.agreement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import se.uppdrag.agreement.domain.Agreement;
import se.uppdrag.agreement.domain.AgreementStatus;
import se.uppdrag.agreement.domain.AgreementVersion;
import se.uppdrag.agreement.domain.Amendment;
import se.uppdrag.agreement.domain.AmendmentStatus;
import se.uppdrag.agreement.domain.KnownCourse;
import se.uppdrag.agreement.domain.Organisation;
import se.uppdrag.agreement.domain.OrganisationKind;
import se.uppdrag.agreement.domain.Terms;
import se.uppdrag.agreement.repository.AgreementRepository;
import se.uppdrag.agreement.repository.AgreementVersionRepository;
import se.uppdrag.agreement.repository.AmendmentRepository;
import se.uppdrag.agreement.repository.KnownCourseRepository;
import se.uppdrag.agreement.repository.OrganisationRepository;
import se.uppdrag.platform.errors.Problem.FieldError;
import se.uppdrag.platform.errors.ProblemException;
import se.uppdrag.platform.repository.PageOf;
import se.uppdrag.platform.security.Viewer;

/**
 * Agreements between a university and an employer. Who may do what is decided here: only the two parties (and
 * operators, reading) see an agreement, only the university drafts, proposes and amends, only the employer
 * accepts or declines, either may terminate. Another organisation's agreement is as good as absent (404).
 */
@ApplicationScoped
public class AgreementService {

    private static final Logger LOG = Logger.getLogger(AgreementService.class);

    @Inject
    OrganisationNotices notices;

    @Inject
    AgreementRepository agreements;

    @Inject
    AgreementVersionRepository versions;

    @Inject
    AmendmentRepository amendments;

    @Inject
    OrganisationRepository organisations;

    @Inject
    KnownCourseRepository courses;

    @Inject
    AgreementEvents events;

    @Inject
    Clock clock;

    /** An agreement with its accepted versions and amendments, for showing it whole. */
    public record AgreementRecord(Agreement agreement, List<AgreementVersion> versions, List<Amendment> amendments) {}

    @Transactional
    public AgreementRecord draft(String university, Terms terms) {
        requireRegistered(university, OrganisationKind.UNIVERSITY, "university", null);
        check(university, terms);
        Agreement agreement = Agreement.draft(university, terms, now());
        agreements.persist(agreement);
        LOG.infof("University %s drafted agreement %s with employer %s", university, agreement.id, terms.employer());
        return record(agreement);
    }

    @Transactional
    public AgreementRecord redraft(String university, UUID id, Terms terms) {
        Agreement agreement = asUniversity(university, id);
        agreement.redraft(terms, now());
        check(university, terms);
        return record(agreement);
    }

    @Transactional
    public AgreementRecord propose(String university, UUID id) {
        Agreement agreement = asUniversity(university, id);
        agreement.propose(now());
        notices.agreementProposed(agreement, false);
        LOG.infof("Agreement %s proposed to %s", id, agreement.employer);
        return record(agreement);
    }

    @Transactional
    public AgreementRecord accept(String employer, UUID id) {
        Agreement agreement = asEmployer(employer, id);
        agreement.accept(today(), now());
        AgreementVersion first = AgreementVersion.of(agreement, agreement.validFrom, now());
        versions.persist(first);
        events.activated(agreement, first.effectiveFrom, parties(agreement));
        LOG.infof(
                "Employer %s accepted agreement %s: active from %s to %s",
                employer, id, agreement.validFrom, agreement.validTo);
        return record(agreement);
    }

    @Transactional
    public AgreementRecord decline(String employer, UUID id) {
        Agreement agreement = asEmployer(employer, id);
        agreement.decline(now());
        LOG.infof("Employer %s declined agreement %s", employer, id);
        return record(agreement);
    }

    @Transactional
    public Amendment proposeAmendment(String university, UUID id, Terms terms, LocalDate effectiveFrom) {
        Agreement agreement = asUniversity(university, id);
        agreement.requireAmendable();
        if (!terms.employer().equals(agreement.employer)) {
            throw ProblemException.invalidField(
                    "employer", "cannot change by amendment (the agreement is with " + agreement.employer + ")");
        }
        check(university, terms);
        if (effectiveFrom != null) {
            checkEffectiveFrom(agreement, terms, effectiveFrom);
        }
        if (amendments.pending(id).isPresent()) {
            throw ProblemException.conflict("Agreement " + id + " already has an amendment waiting for the employer");
        }
        Amendment amendment = Amendment.propose(id, terms, effectiveFrom, now());
        amendments.persist(amendment);
        notices.agreementProposed(agreement, true);
        LOG.infof("University %s proposed amendment %s of agreement %s", university, amendment.id, id);
        return amendment;
    }

    @Transactional
    public AgreementRecord acceptAmendment(String employer, UUID id, UUID amendmentId) {
        Agreement agreement = asEmployer(employer, id);
        Amendment amendment = amendmentOf(agreement, amendmentId);
        LocalDate effectiveFrom =
                amendment.effectiveFrom != null ? amendment.effectiveFrom : max(today(), amendment.terms.validFrom());
        checkEffectiveFrom(agreement, amendment.terms, effectiveFrom);
        amendment.decide(AmendmentStatus.ACCEPTED, now());
        agreement.amend(amendment.terms, now());
        AgreementVersion version = AgreementVersion.of(agreement, effectiveFrom, now());
        versions.persist(version);
        events.amended(agreement, effectiveFrom, parties(agreement));
        LOG.infof(
                "Employer %s accepted amendment %s: agreement %s version %d in force from %s",
                employer, amendmentId, id, agreement.version, effectiveFrom);
        return record(agreement);
    }

    @Transactional
    public AgreementRecord declineAmendment(String employer, UUID id, UUID amendmentId) {
        Agreement agreement = asEmployer(employer, id);
        amendmentOf(agreement, amendmentId).decide(AmendmentStatus.DECLINED, now());
        return record(agreement);
    }

    @Transactional
    public AgreementRecord terminate(String party, UUID id, LocalDate effectiveDate, String reason) {
        Agreement agreement = agreements
                .findForUpdate(id)
                .filter(a -> a.isParty(party))
                .orElseThrow(() -> ProblemException.notFound("agreement", id));
        agreement.terminate(effectiveDate, reason, party, today(), now());
        amendments.pending(id).ifPresent(a -> a.decide(AmendmentStatus.WITHDRAWN, now()));
        events.terminated(agreement);
        LOG.infof("%s terminated agreement %s from %s", party, id, effectiveDate);
        return record(agreement);
    }

    /** Expires one agreement if it is still active and past its validity; answers whether it did. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean expireIfDue(UUID id, LocalDate today) {
        Agreement agreement = agreements.findForUpdate(id).orElse(null);
        if (agreement == null || agreement.status != AgreementStatus.ACTIVE || !agreement.validTo.isBefore(today)) {
            return false;
        }
        agreement.expire(now());
        events.expired(agreement);
        LOG.infof("Agreement %s expired (valid to %s)", id, agreement.validTo);
        return true;
    }

    @Transactional
    public List<UUID> dueToExpire(LocalDate today, int limit) {
        return agreements.dueToExpire(today, limit);
    }

    /** Visible to its parties and to operators. */
    @Transactional
    public AgreementRecord get(Viewer viewer, UUID id) {
        return record(visible(viewer, id));
    }

    @Transactional
    public PageOf<AgreementRecord> list(Viewer viewer, AgreementStatus status, int page, int size) {
        PageOf<Agreement> found = agreements.list(viewer, status, page, size);
        return new PageOf<>(found.items().stream().map(this::record).toList(), found.total());
    }

    /** The terms in force on a date: the latest version effective by then, within validity and before termination. */
    @Transactional
    public AgreementVersion termsInForce(Viewer viewer, UUID id, LocalDate date) {
        Agreement agreement = visible(viewer, id);
        boolean outside = date.isBefore(agreement.validFrom)
                || date.isAfter(agreement.validTo)
                || (agreement.terminationDate != null && date.isAfter(agreement.terminationDate));
        return (outside ? Optional.<AgreementVersion>empty() : versions.inForce(id, date))
                .orElseThrow(() -> ProblemException.notFound("terms of agreement " + id + " in force on", date));
    }

    private Agreement visible(Viewer viewer, UUID id) {
        return agreements
                .findByIdOptional(id)
                .filter(a -> viewer.sees(a.university, a.employer))
                .orElseThrow(() -> ProblemException.notFound("agreement", id));
    }

    private Agreement asUniversity(String university, UUID id) {
        return agreements
                .findForUpdate(id)
                .filter(a -> a.university.equals(university))
                .orElseThrow(() -> ProblemException.notFound("agreement", id));
    }

    private Agreement asEmployer(String employer, UUID id) {
        return agreements
                .findForUpdate(id)
                .filter(a -> a.employer.equals(employer))
                .orElseThrow(() -> ProblemException.notFound("agreement", id));
    }

    private Amendment amendmentOf(Agreement agreement, UUID amendmentId) {
        return amendments
                .findByIdOptional(amendmentId)
                .filter(a -> a.agreementId.equals(agreement.id))
                .orElseThrow(() -> ProblemException.notFound("amendment", amendmentId));
    }

    /** The terms hold together, name a registered employer, and cover only known courses of this university. */
    private void check(String university, Terms terms) {
        List<FieldError> errors = new ArrayList<>(terms.problems().stream()
                .map(p -> new FieldError(p.field(), p.message()))
                .toList());
        requireRegistered(terms.employer(), OrganisationKind.EMPLOYER, "employer", errors);
        if (terms.funding() != null) {
            requireRegistered(terms.funding().funder(), OrganisationKind.FUNDER, "funding.funder", errors);
        }
        Set<UUID> named = terms.namedCourses();
        Map<UUID, KnownCourse> known =
                courses.findAllById(named).stream().collect(Collectors.toMap(c -> c.courseId, Function.identity()));
        List<UUID> listed = new ArrayList<>(terms.coverage().courseIdsOrEmpty());
        terms.pricing().pricesOrEmpty().forEach(p -> {
            if (!listed.contains(p.courseId())) {
                listed.add(p.courseId());
            }
        });
        for (UUID courseId : listed) {
            KnownCourse course = known.get(courseId);
            String field = "course " + courseId;
            if (course == null) {
                errors.add(new FieldError("coverage.courseIds", field + " is not in the catalogue"));
            } else if (!course.university.equals(university)) {
                errors.add(new FieldError(
                        "coverage.courseIds", field + " (" + course.code + ") belongs to another university"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private void checkEffectiveFrom(Agreement agreement, Terms terms, LocalDate effectiveFrom) {
        if (effectiveFrom.isBefore(terms.validFrom()) || effectiveFrom.isAfter(terms.validTo())) {
            throw ProblemException.invalidField(
                    "effectiveFrom",
                    "must fall within the validity of the new terms (" + terms.validFrom() + " to " + terms.validTo()
                            + ")");
        }
        LocalDate current =
                versions.latest(agreement.id).map(v -> v.effectiveFrom).orElse(agreement.validFrom);
        if (effectiveFrom.isBefore(current)) {
            throw ProblemException.invalidField(
                    "effectiveFrom", "must not be before the current version's start (" + current + ")");
        }
    }

    private void requireRegistered(String orgNumber, OrganisationKind kind, String field, List<FieldError> errors) {
        Organisation organisation = organisations.findById(orgNumber);
        if (organisation != null && organisation.is(kind)) {
            return;
        }
        String message = organisation == null
                ? "is not a registered organisation"
                : "is registered as " + organisation.kind + ", not " + kind;
        if (errors == null) {
            throw ProblemException.unprocessable(
                    "Your organisation " + orgNumber + " " + message + "; an operator registers it first");
        }
        errors.add(new FieldError(field, orgNumber + " " + message));
    }

    /** The parties of the agreement's current terms as they are registered now (the funder null without funding). */
    private AgreementEvents.Parties parties(Agreement agreement) {
        return new AgreementEvents.Parties(
                organisations.findById(agreement.university),
                organisations.findById(agreement.employer),
                agreement.terms.funding() == null
                        ? null
                        : organisations.findById(agreement.terms.funding().funder()));
    }

    private AgreementRecord record(Agreement agreement) {
        return new AgreementRecord(agreement, versions.ofAgreement(agreement.id), amendments.ofAgreement(agreement.id));
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
