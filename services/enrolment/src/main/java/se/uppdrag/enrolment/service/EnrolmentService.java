package se.uppdrag.enrolment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import se.uppdrag.enrolment.domain.Enrolment;
import se.uppdrag.enrolment.domain.EnrolmentStatus;
import se.uppdrag.enrolment.domain.OccasionFact;
import se.uppdrag.enrolment.domain.Participant;
import se.uppdrag.enrolment.domain.Pricing;
import se.uppdrag.enrolment.repository.AgreementTermsRepository;
import se.uppdrag.enrolment.repository.EnrolmentRepository;
import se.uppdrag.enrolment.repository.OccasionFactRepository;
import se.uppdrag.platform.errors.Problem.FieldError;
import se.uppdrag.platform.errors.ProblemException;
import se.uppdrag.platform.mail.MailOutbox;
import se.uppdrag.platform.mail.QueuedMail;
import se.uppdrag.platform.repository.PageOf;
import se.uppdrag.platform.security.Viewer;
import se.uppdrag.platform.validation.PersonalIdentityNumbers;

/**
 * What happens to an enrolment after the order: the university confirms, rejects and reports completion; the
 * employer cancels (the agreement's fee schedule decides the fee) or puts another employee in the seat. Each
 * change takes the occasion's lock first, as orders do, so freed seats go to the waiting list in order.
 */
@ApplicationScoped
public class EnrolmentService {

    private static final Logger LOG = Logger.getLogger(EnrolmentService.class);

    @Inject
    EnrolmentConfig config;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    OccasionFactRepository occasions;

    @Inject
    AgreementTermsRepository terms;

    @Inject
    Seats seats;

    @Inject
    EnrolmentEvents events;

    @Inject
    MailOutbox mails;

    @Inject
    Clock clock;

    /** The most enrolments one bulk decision or completion takes. */
    public static final int MAX_BULK = 500;

    @Transactional
    public Enrolment confirm(String university, UUID id) {
        Locked locked = asUniversity(university, id);
        confirm(locked);
        return locked.enrolment();
    }

    @Transactional
    public Enrolment reject(String university, UUID id, String reason) {
        Locked locked = asUniversity(university, id);
        reject(locked, reason);
        return locked.enrolment();
    }

    /**
     * Confirms some of the university's enrolments and rejects others, all or none: if any cannot be decided (not the
     * university's, or in a status that does not allow it), nothing is, and the answer names each one at fault.
     * Occasions are locked in id order, then the enrolments, so two bulk decisions cannot deadlock.
     */
    @Transactional
    public List<Enrolment> decide(String university, List<UUID> confirm, List<UUID> reject, String reason) {
        List<UUID> all = new ArrayList<>(confirm);
        all.addAll(reject);
        if (all.isEmpty()) {
            throw ProblemException.invalid("Name at least one enrolment to confirm or reject", List.of());
        }
        if (all.size() > MAX_BULK) {
            throw ProblemException.invalid("At most " + MAX_BULK + " enrolments at once", List.of());
        }
        requireDistinct(all, i -> i < confirm.size() ? "confirm[" + i + "]" : "reject[" + (i - confirm.size()) + "]");
        Map<UUID, Locked> locked = lockAll(university, all);
        List<FieldError> problems = new ArrayList<>();
        for (int i = 0; i < confirm.size(); i++) {
            statusProblem(
                            locked.get(confirm.get(i)).enrolment(),
                            Enrolment.CONFIRMABLE,
                            "confirmed",
                            "confirm[" + i + "]")
                    .ifPresent(problems::add);
        }
        for (int i = 0; i < reject.size(); i++) {
            statusProblem(locked.get(reject.get(i)).enrolment(), Enrolment.REJECTABLE, "rejected", "reject[" + i + "]")
                    .ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(
                    409, "Conflict", "Nothing was decided: " + ProblemException.describe(problems), problems);
        }
        confirm.forEach(id -> confirm(locked.get(id)));
        reject.forEach(id -> reject(locked.get(id), reason));
        LOG.infof(
                "University %s confirmed %d and rejected %d enrolments at once",
                university, confirm.size(), reject.size());
        return all.stream().map(id -> locked.get(id).enrolment()).toList();
    }

    private void confirm(Locked locked) {
        Enrolment e = locked.enrolment();
        e.confirm(now());
        events.confirmed(e);
        LOG.infof("University %s confirmed enrolment %s", e.university, e.id);
    }

    private void reject(Locked locked, String reason) {
        Enrolment e = locked.enrolment();
        EnrolmentStatus previous = e.status;
        e.reject(reason, now());
        events.rejected(e);
        seats.release(locked.occasion(), e, previous);
        LOG.infof("University %s rejected enrolment %s", e.university, e.id);
    }

    @Transactional
    public Enrolment cancel(String employer, UUID id, String reason) {
        Locked locked = asEmployer(employer, id);
        Enrolment e = locked.enrolment();
        CancellationQuote quote = quote(e, locked.occasion());
        EnrolmentStatus previous = e.cancel(quote.fee(), reason, now());
        events.cancelled(e, previous);
        seats.release(locked.occasion(), e, previous);
        LOG.infof("Employer %s cancelled enrolment %s (was %s), fee %s", employer, id, previous, e.fee);
        return e;
    }

    @Transactional
    public Enrolment substitute(String employer, UUID id, Participant replacement) {
        Locked locked = asEmployer(employer, id);
        Enrolment e = locked.enrolment();
        if (replacement.personalIdentityNumber() != null) {
            if (!locked.occasion().awardsCredits()) {
                throw ProblemException.invalidField(
                        "participant.personalIdentityNumber", "is kept only where the course awards credits");
            }
            if (!PersonalIdentityNumbers.isValid(replacement.personalIdentityNumber())) {
                throw ProblemException.invalidField(
                        "participant.personalIdentityNumber",
                        "is not a valid personal identity number (YYYYMMDD-NNNN with a check digit)");
            }
        }
        if (!replacement.employeeNumber().equals(e.participant.employeeNumber())
                && !enrolments
                        .liveEmployeeNumbers(e.occasionId, employer, List.of(replacement.employeeNumber()))
                        .isEmpty()) {
            throw ProblemException.conflict("Employee " + replacement.employeeNumber() + " is already enrolled");
        }
        Participant previous = e.substitute(replacement, now());
        events.substituted(e, previous);
        LOG.infof("Employer %s put %s in the seat of enrolment %s", employer, replacement, id);
        return e;
    }

    /** What cancelling costs now, as the terms the enrolment was ordered under say; a waiting participant costs nothing. */
    public record CancellationQuote(
            UUID enrolmentId, EnrolmentStatus status, long daysBeforeStart, int percent, BigDecimal fee) {}

    /** The fee cancelling the employer's enrolment would cost today, without cancelling it. */
    @Transactional
    public CancellationQuote cancellationQuote(String employer, UUID id) {
        Enrolment e = enrolments
                .findByIdOptional(id)
                .filter(found -> found.employer.equals(employer))
                .orElseThrow(() -> ProblemException.notFound("enrolment", id));
        statusProblem(e, Enrolment.CANCELLABLE, "cancelled", "status").ifPresent(problem -> {
            throw ProblemException.conflict("Enrolment " + id + " " + problem.message());
        });
        return quote(e, occasions.findById(e.occasionId));
    }

    @Transactional
    public Enrolment complete(String university, UUID id, BigDecimal creditsAwarded, String grade) {
        Locked locked = asUniversity(university, id);
        creditsProblem(creditsAwarded, locked.occasion(), "creditsAwarded").ifPresent(problem -> {
            throw ProblemException.invalid(problem.field() + " " + problem.message(), List.of(problem));
        });
        complete(locked.enrolment(), creditsAwarded, grade);
        return locked.enrolment();
    }

    @Transactional
    public Enrolment notCompleted(String university, UUID id) {
        Locked locked = asUniversity(university, id);
        notCompleted(locked.enrolment());
        return locked.enrolment();
    }

    /** One participant's result in a whole occasion's completion. */
    public record Result(UUID enrolmentId, boolean completed, BigDecimal creditsAwarded, String grade) {}

    /**
     * Reports the results of an occasion's participants at once, all or none: each must be a confirmed participant of
     * this occasion of the university's, each completion with a grade and at most the course's credits. What is wrong
     * is answered per row ({@code results[3].creditsAwarded}) and nothing is written.
     */
    @Transactional
    public List<Enrolment> completeAll(String university, UUID occasionId, List<Result> results) {
        if (results.isEmpty()) {
            throw ProblemException.invalid("Give at least one participant's result", List.of());
        }
        if (results.size() > MAX_BULK) {
            throw ProblemException.invalid("At most " + MAX_BULK + " results at once", List.of());
        }
        List<UUID> ids = results.stream().map(Result::enrolmentId).toList();
        requireDistinct(ids, i -> "results[" + i + "].enrolmentId");
        OccasionFact occasion = occasions
                .findByIdOptional(occasionId)
                .filter(o -> o.university.equals(university))
                .orElseThrow(() -> ProblemException.notFound("occasion", occasionId));
        List<FieldError> invalid = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            if (r.completed()) {
                if (r.creditsAwarded() == null) {
                    invalid.add(new FieldError("results[" + i + "].creditsAwarded", "is required for a completion"));
                } else {
                    creditsProblem(r.creditsAwarded(), occasion, "results[" + i + "].creditsAwarded")
                            .ifPresent(invalid::add);
                }
                if (r.grade() == null || r.grade().isBlank()) {
                    invalid.add(new FieldError("results[" + i + "].grade", "is required for a completion"));
                }
            }
        }
        Map<UUID, Enrolment> found = new HashMap<>();
        enrolments.list("id in ?1", ids).forEach(e -> found.put(e.id, e));
        for (int i = 0; i < results.size(); i++) {
            Enrolment e = found.get(ids.get(i));
            if (e == null || !e.occasionId.equals(occasionId)) {
                invalid.add(new FieldError(
                        "results[" + i + "].enrolmentId", "is not a participant of occasion " + occasionId));
            }
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.invalid("Nothing was reported: " + ProblemException.describe(invalid), invalid);
        }
        occasions.findForUpdate(occasionId);
        Map<UUID, Enrolment> locked = new HashMap<>();
        ids.stream()
                .sorted()
                .forEach(id -> locked.put(id, enrolments.findForUpdate(id).orElseThrow()));
        List<FieldError> conflicts = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            statusProblem(
                            locked.get(ids.get(i)),
                            Enrolment.COMPLETABLE,
                            "reported on",
                            "results[" + i + "].enrolmentId")
                    .ifPresent(conflicts::add);
        }
        if (!conflicts.isEmpty()) {
            throw new ProblemException(
                    409, "Conflict", "Nothing was reported: " + ProblemException.describe(conflicts), conflicts);
        }
        for (Result r : results) {
            Enrolment e = locked.get(r.enrolmentId());
            if (r.completed()) {
                complete(e, r.creditsAwarded(), r.grade().trim());
            } else {
                notCompleted(e);
            }
        }
        LOG.infof("University %s reported %d results on occasion %s at once", university, results.size(), occasionId);
        return ids.stream().map(locked::get).toList();
    }

    private void complete(Enrolment e, BigDecimal creditsAwarded, String grade) {
        e.complete(creditsAwarded, grade, now());
        events.completed(e);
    }

    private void notCompleted(Enrolment e) {
        e.notCompleted(now());
        events.notCompleted(e);
    }

    private static Optional<FieldError> creditsProblem(BigDecimal credits, OccasionFact occasion, String field) {
        return credits.compareTo(occasion.credits) > 0
                ? Optional.of(new FieldError(
                        field,
                        "must not exceed the course's "
                                + occasion.credits.stripTrailingZeros().toPlainString() + " hp"))
                : Optional.empty();
    }

    /** The university's enrolments or the employer's own, narrowed by status and occasion, oldest first. */
    @Transactional
    public PageOf<Enrolment> list(Viewer viewer, EnrolmentStatus status, UUID occasionId, int page, int size) {
        return enrolments.visibleTo(viewer, status, occasionId, page, size);
    }

    /** What became of the latest mail to each enrolment's current participant (a refusal outweighs later ones). */
    public Map<UUID, QueuedMail> participantMails(Collection<Enrolment> list) {
        Map<UUID, List<QueuedMail>> about =
                mails.about(list.stream().map(e -> e.id).toList());
        Map<UUID, QueuedMail> fates = new HashMap<>();
        for (Enrolment e : list) {
            QueuedMail fate = MailOutbox.fateOf(about.get(e.id), e.participant.email());
            if (fate != null) {
                fates.put(e.id, fate);
            }
        }
        return fates;
    }

    /** The occasions these enrolments are on, by id, to name them in lists. */
    @Transactional
    public Map<UUID, OccasionFact> occasionsOf(Collection<UUID> occasionIds) {
        Map<UUID, OccasionFact> byId = new HashMap<>();
        if (!occasionIds.isEmpty()) {
            occasions.byIds(Set.copyOf(occasionIds)).forEach(o -> byId.put(o.occasionId, o));
        }
        return byId;
    }

    /** The participant list: the university sees all on its occasion, an employer its own staff. */
    @Transactional
    public List<Enrolment> onOccasion(Viewer viewer, UUID occasionId) {
        OccasionFact occasion = occasions
                .findByIdOptional(occasionId)
                .filter(o -> !viewer.isUniversity() || o.university.equals(viewer.organisation()))
                .orElseThrow(() -> ProblemException.notFound("occasion", occasionId));
        return enrolments.onOccasion(occasion.occasionId, viewer);
    }

    /** Cost per enrolment: its price while it holds or held a seat, its fee once cancelled, nothing otherwise. */
    @Transactional
    public ParticipationReport report(String employer, LocalDate from, LocalDate to) {
        int max = config.report().maxEnrolments();
        List<Enrolment> found = enrolments.forReport(employer, from, to, max + 1);
        if (found.size() > max) {
            throw ProblemException.unprocessable("The report covers at most " + max + " enrolments and occasions "
                    + "starting " + (from == null ? "at any time" : "from " + from) + (to == null ? "" : " to " + to)
                    + " have more; choose a shorter period (from, to)");
        }
        Map<UUID, OccasionFact> occasionsById =
                occasionsOf(found.stream().map(e -> e.occasionId).toList());
        var byEmployee = new LinkedHashMap<String, List<Enrolment>>();
        found.forEach(e -> byEmployee
                .computeIfAbsent(e.participant.employeeNumber(), k -> new ArrayList<>())
                .add(e));
        List<ParticipationReport.Employee> employees = byEmployee.values().stream()
                .map(list -> {
                    List<ParticipationReport.Line> lines = list.stream()
                            .map(e -> {
                                OccasionFact o = occasionsById.get(e.occasionId);
                                return new ParticipationReport.Line(
                                        e.id,
                                        e.occasionId,
                                        o.courseCode,
                                        o.title,
                                        o.startDate,
                                        e.status,
                                        e.creditsAwarded,
                                        e.grade,
                                        cost(e),
                                        e.orderReference,
                                        e.participant.costCentre());
                            })
                            .toList();
                    Enrolment latest = list.get(list.size() - 1);
                    return new ParticipationReport.Employee(
                            latest.participant.employeeNumber(),
                            latest.participant.givenName(),
                            latest.participant.familyName(),
                            lines,
                            sum(lines.stream().map(ParticipationReport.Line::creditsAwarded)),
                            sum(lines.stream().map(ParticipationReport.Line::cost)));
                })
                .toList();
        return new ParticipationReport(
                from,
                to,
                employees,
                sum(employees.stream().map(ParticipationReport.Employee::cost)),
                sum(employees.stream().map(ParticipationReport.Employee::credits)));
    }

    private static BigDecimal cost(Enrolment e) {
        if (e.status.holdsSeat()) {
            return e.price;
        }
        return e.status == EnrolmentStatus.CANCELLED && e.fee != null ? e.fee : BigDecimal.ZERO.setScale(2);
    }

    private static BigDecimal sum(Stream<BigDecimal> values) {
        return values.filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The fee the terms that priced the enrolment set for cancelling it now; nothing for a waiting participant. */
    private CancellationQuote quote(Enrolment e, OccasionFact occasion) {
        long daysBeforeStart = ChronoUnit.DAYS.between(LocalDate.now(clock), occasion.startDate);
        int percent = e.status == EnrolmentStatus.WAITLISTED
                ? 0
                : terms.version(e.agreementId, e.agreementVersion)
                        .map(v -> Pricing.cancellationPercent(v.terms, daysBeforeStart))
                        .orElse(0);
        return new CancellationQuote(e.id, e.status, daysBeforeStart, percent, Pricing.fee(e.price, percent));
    }

    /** Why the enrolment cannot be {@code action} in its status, if it cannot. */
    private static Optional<FieldError> statusProblem(
            Enrolment e, Set<EnrolmentStatus> allowed, String action, String field) {
        return allowed.contains(e.status)
                ? Optional.empty()
                : Optional.of(new FieldError(
                        field,
                        "is " + e.status
                                + "; only "
                                + allowed.stream()
                                        .map(Enum::name)
                                        .sorted()
                                        .reduce((a, b) -> a + " or " + b)
                                        .orElse("none")
                                + " can be " + action));
    }

    private static void requireDistinct(List<UUID> ids, IntFunction<String> field) {
        Set<UUID> seen = new HashSet<>();
        List<FieldError> twice = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                twice.add(new FieldError(field.apply(i), "names enrolment " + ids.get(i) + " a second time"));
            }
        }
        if (!twice.isEmpty()) {
            throw ProblemException.invalid(twice);
        }
    }

    private record Locked(OccasionFact occasion, Enrolment enrolment) {}

    private Locked asUniversity(String university, UUID id) {
        return lock(id, e -> e.university.equals(university));
    }

    private Locked asEmployer(String employer, UUID id) {
        return lock(id, e -> e.employer.equals(employer));
    }

    /**
     * Locks many of the university's enrolments for a decision: their occasions first, in id order, then the
     * enrolments in id order. One not the university's (or absent) is a 404 and nothing is locked for long.
     */
    private Map<UUID, Locked> lockAll(String university, List<UUID> ids) {
        Map<UUID, Enrolment> found = new HashMap<>();
        enrolments.list("id in ?1", ids).stream()
                .filter(e -> e.university.equals(university))
                .forEach(e -> found.put(e.id, e));
        ids.stream().filter(id -> !found.containsKey(id)).findFirst().ifPresent(id -> {
            throw ProblemException.notFound("enrolment", id);
        });
        Map<UUID, OccasionFact> lockedOccasions = new HashMap<>();
        found.values().stream()
                .map(e -> e.occasionId)
                .distinct()
                .sorted()
                .forEach(id ->
                        lockedOccasions.put(id, occasions.findForUpdate(id).orElseThrow()));
        Map<UUID, Locked> locked = new HashMap<>();
        ids.stream().sorted().forEach(id -> {
            Enrolment e = enrolments.findForUpdate(id).orElseThrow();
            locked.put(id, new Locked(lockedOccasions.get(e.occasionId), e));
        });
        return locked;
    }

    /** The occasion's lock, then the enrolment's: the order every seat change takes locks in. */
    private Locked lock(UUID id, Predicate<Enrolment> visible) {
        Enrolment found = enrolments
                .findByIdOptional(id)
                .filter(visible)
                .orElseThrow(() -> ProblemException.notFound("enrolment", id));
        OccasionFact occasion = occasions.findForUpdate(found.occasionId).orElseThrow();
        Enrolment enrolment = enrolments.findForUpdate(id).orElseThrow();
        return new Locked(occasion, enrolment);
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
