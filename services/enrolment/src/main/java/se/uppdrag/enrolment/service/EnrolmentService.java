package se.uppdrag.enrolment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import se.uppdrag.enrolment.domain.Enrolment;
import se.uppdrag.enrolment.domain.EnrolmentStatus;
import se.uppdrag.enrolment.domain.OccasionFact;
import se.uppdrag.enrolment.domain.Participant;
import se.uppdrag.enrolment.domain.Pricing;
import se.uppdrag.enrolment.messaging.EnrolmentEvents;
import se.uppdrag.enrolment.repository.AgreementTermsRepository;
import se.uppdrag.enrolment.repository.EnrolmentRepository;
import se.uppdrag.enrolment.repository.OccasionFactRepository;
import se.uppdrag.platform.errors.ProblemException;
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
    Clock clock;

    @Transactional
    public Enrolment confirm(String university, UUID id) {
        Locked locked = asUniversity(university, id);
        locked.enrolment().move(EnrolmentStatus.CONFIRMED, EnumSet.of(EnrolmentStatus.PENDING), "confirmed", now());
        events.confirmed(locked.enrolment());
        LOG.infof("University %s confirmed enrolment %s", university, id);
        return locked.enrolment();
    }

    @Transactional
    public Enrolment reject(String university, UUID id, String reason) {
        Locked locked = asUniversity(university, id);
        Enrolment e = locked.enrolment();
        EnrolmentStatus previous = e.status;
        e.move(EnrolmentStatus.REJECTED, EnumSet.of(EnrolmentStatus.PENDING, EnrolmentStatus.WAITLISTED), "rejected", now());
        e.statusReason = reason;
        events.rejected(e);
        seats.release(locked.occasion(), e, previous);
        LOG.infof("University %s rejected enrolment %s", university, id);
        return e;
    }

    @Transactional
    public Enrolment cancel(String employer, UUID id, String reason) {
        Locked locked = asEmployer(employer, id);
        Enrolment e = locked.enrolment();
        EnrolmentStatus previous = e.status;
        e.move(EnrolmentStatus.CANCELLED, Enrolment.CANCELLABLE, "cancelled", now());
        e.fee = previous == EnrolmentStatus.WAITLISTED ? BigDecimal.ZERO.setScale(2) : feeFor(e, locked.occasion());
        e.statusReason = reason;
        events.cancelled(e, previous);
        seats.release(locked.occasion(), e, previous);
        LOG.infof("Employer %s cancelled enrolment %s (was %s), fee %s", employer, id, previous, e.fee);
        return e;
    }

    @Transactional
    public Enrolment substitute(String employer, UUID id, Participant replacement) {
        Locked locked = asEmployer(employer, id);
        Enrolment e = locked.enrolment();
        if (!Enrolment.CANCELLABLE.contains(e.status)) {
            throw ProblemException.conflict("Enrolment " + id + " is " + e.status + "; only PENDING, CONFIRMED or "
                    + "WAITLISTED can take another participant");
        }
        if (replacement.personalIdentityNumber() != null) {
            if (!locked.occasion().awardsCredits()) {
                throw ProblemException.invalidField("participant.personalIdentityNumber",
                        "is kept only where the course awards credits");
            }
            if (!PersonalIdentityNumbers.isValid(replacement.personalIdentityNumber())) {
                throw ProblemException.invalidField("participant.personalIdentityNumber",
                        "is not a valid personal identity number (YYYYMMDD-NNNN with a check digit)");
            }
        }
        if (!replacement.employeeNumber().equals(e.participant.employeeNumber())
                && !enrolments.liveEmployeeNumbers(e.occasionId, employer, List.of(replacement.employeeNumber())).isEmpty()) {
            throw ProblemException.conflict("Employee " + replacement.employeeNumber() + " is already enrolled");
        }
        Participant previous = e.participant;
        e.participant = replacement;
        e.updatedAt = now();
        events.substituted(e, previous);
        LOG.infof("Employer %s put %s in the seat of enrolment %s", employer, replacement, id);
        return e;
    }

    @Transactional
    public Enrolment complete(String university, UUID id, BigDecimal creditsAwarded, String grade) {
        Locked locked = asUniversity(university, id);
        Enrolment e = locked.enrolment();
        if (creditsAwarded.compareTo(locked.occasion().credits) > 0) {
            throw ProblemException.invalidField("creditsAwarded", "must not exceed the course's "
                    + locked.occasion().credits.stripTrailingZeros().toPlainString() + " hp");
        }
        e.move(EnrolmentStatus.COMPLETED, EnumSet.of(EnrolmentStatus.CONFIRMED), "completed", now());
        e.creditsAwarded = creditsAwarded;
        e.grade = grade;
        events.completed(e);
        return e;
    }

    @Transactional
    public Enrolment notCompleted(String university, UUID id) {
        Locked locked = asUniversity(university, id);
        locked.enrolment().move(EnrolmentStatus.NOT_COMPLETED, EnumSet.of(EnrolmentStatus.CONFIRMED), "reported not completed", now());
        events.notCompleted(locked.enrolment());
        return locked.enrolment();
    }

    /** The participant list: the university sees all on its occasion, an employer its own staff. */
    @Transactional
    public List<Enrolment> onOccasion(String university, String employer, UUID occasionId) {
        OccasionFact occasion = occasions.findByIdOptional(occasionId)
                .filter(o -> employer != null || o.university.equals(university))
                .orElseThrow(() -> ProblemException.notFound("occasion", occasionId));
        return enrolments.onOccasion(occasion.occasionId, employer);
    }

    /** Cost per enrolment: its price while it holds or held a seat, its fee once cancelled, nothing otherwise. */
    @Transactional
    public ParticipationReport report(String employer, LocalDate from, LocalDate to) {
        List<Enrolment> found = enrolments.forReport(employer, from, to);
        var occasionsById = occasions.list("occasionId in ?1", found.stream().map(e -> e.occasionId).distinct().toList())
                .stream().collect(java.util.stream.Collectors.toMap(o -> o.occasionId, o -> o));
        var byEmployee = new java.util.LinkedHashMap<String, List<Enrolment>>();
        found.forEach(e -> byEmployee.computeIfAbsent(e.participant.employeeNumber(), k -> new java.util.ArrayList<>()).add(e));
        List<ParticipationReport.Employee> employees = byEmployee.values().stream().map(list -> {
            List<ParticipationReport.Line> lines = list.stream().map(e -> {
                OccasionFact o = occasionsById.get(e.occasionId);
                return new ParticipationReport.Line(e.id, e.occasionId, o.courseCode, o.title, o.startDate, e.status,
                        e.creditsAwarded, e.grade, cost(e));
            }).toList();
            Enrolment latest = list.get(list.size() - 1);
            return new ParticipationReport.Employee(latest.participant.employeeNumber(), latest.participant.givenName(),
                    latest.participant.familyName(), lines, sum(lines.stream().map(ParticipationReport.Line::creditsAwarded)),
                    sum(lines.stream().map(ParticipationReport.Line::cost)));
        }).toList();
        return new ParticipationReport(from, to, employees, sum(employees.stream().map(ParticipationReport.Employee::cost)),
                sum(employees.stream().map(ParticipationReport.Employee::credits)));
    }

    private static BigDecimal cost(Enrolment e) {
        if (e.status.holdsSeat()) {
            return e.price;
        }
        return e.status == EnrolmentStatus.CANCELLED && e.fee != null ? e.fee : BigDecimal.ZERO.setScale(2);
    }

    private static BigDecimal sum(java.util.stream.Stream<BigDecimal> values) {
        return values.filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The fee the terms that priced the enrolment set for cancelling now. */
    private BigDecimal feeFor(Enrolment e, OccasionFact occasion) {
        long daysBeforeStart = ChronoUnit.DAYS.between(LocalDate.now(clock), occasion.startDate);
        int percent = terms.version(e.agreementId, e.agreementVersion)
                .map(v -> Pricing.cancellationPercent(v.terms, daysBeforeStart)).orElse(0);
        return Pricing.fee(e.price, percent);
    }

    private record Locked(OccasionFact occasion, Enrolment enrolment) {
    }

    private Locked asUniversity(String university, UUID id) {
        return lock(id, e -> e.university.equals(university));
    }

    private Locked asEmployer(String employer, UUID id) {
        return lock(id, e -> e.employer.equals(employer));
    }

    /** The occasion's lock, then the enrolment's: the order every seat change takes locks in. */
    private Locked lock(UUID id, java.util.function.Predicate<Enrolment> visible) {
        Enrolment found = enrolments.findByIdOptional(id).filter(visible)
                .orElseThrow(() -> ProblemException.notFound("enrolment", id));
        OccasionFact occasion = occasions.findForUpdate(found.occasionId).orElseThrow();
        Enrolment enrolment = enrolments.findForUpdate(id).orElseThrow();
        return new Locked(occasion, enrolment);
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
