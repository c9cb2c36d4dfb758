package se.uppdrag.agreement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import se.uppdrag.agreement.domain.Agreement;
import se.uppdrag.agreement.domain.Inquiry;
import se.uppdrag.agreement.domain.InquiryNeed;
import se.uppdrag.agreement.domain.InquiryPhase;
import se.uppdrag.agreement.domain.InquiryQuestion;
import se.uppdrag.agreement.domain.InquiryStatus;
import se.uppdrag.agreement.domain.KnownCourse;
import se.uppdrag.agreement.domain.Offer;
import se.uppdrag.agreement.domain.OfferContent;
import se.uppdrag.agreement.domain.Organisation;
import se.uppdrag.agreement.domain.OrganisationKind;
import se.uppdrag.agreement.domain.PricingKind;
import se.uppdrag.agreement.domain.Terms;
import se.uppdrag.agreement.repository.AgreementRepository;
import se.uppdrag.agreement.repository.InquiryQuestionRepository;
import se.uppdrag.agreement.repository.InquiryRepository;
import se.uppdrag.agreement.repository.KnownCourseRepository;
import se.uppdrag.agreement.repository.OfferRepository;
import se.uppdrag.agreement.repository.OrganisationRepository;
import se.uppdrag.platform.domain.FieldProblem;
import se.uppdrag.platform.errors.Problem.FieldError;
import se.uppdrag.platform.errors.ProblemException;
import se.uppdrag.platform.repository.PageOf;
import se.uppdrag.platform.security.Viewer;

/**
 * Inquiries for tailored courses and the offers that answer them. Who sees what is decided here: an employer its
 * own inquiries, and their offers only once the deadline has passed (sealed until then); a university only the
 * inquiries sent to it and only its own offer; an operator everything but offers still sealed. Anything else is
 * as good as absent (404).
 */
@ApplicationScoped
public class InquiryService {

    private static final Logger LOG = Logger.getLogger(InquiryService.class);
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Inject
    InquiryRepository inquiries;

    @Inject
    OfferRepository offers;

    @Inject
    InquiryQuestionRepository questions;

    @Inject
    OrganisationRepository organisations;

    @Inject
    KnownCourseRepository courses;

    @Inject
    AgreementRepository agreements;

    @Inject
    InquiryEvents events;

    @Inject
    Clock clock;

    /**
     * An inquiry as one viewer may see it: recipients for the employer and operators only, questions with who asked
     * only for the asker, offers per the sealing rule.
     */
    public record InquiryRecord(
            Inquiry inquiry,
            InquiryPhase phase,
            List<String> recipients,
            List<InquiryQuestion> questions,
            List<Offer> offers,
            boolean offersSealed,
            Viewer viewer) {}

    @Transactional
    public InquiryRecord draft(String employer, InquiryNeed need) {
        requireRegistered(employer, OrganisationKind.EMPLOYER);
        check(need);
        Inquiry inquiry = Inquiry.draft(employer, need, now());
        inquiries.persist(inquiry);
        LOG.infof("Employer %s drafted inquiry %s (%s)", employer, inquiry.id, inquiry.title);
        return record(inquiry, Viewer.employer(employer));
    }

    @Transactional
    public InquiryRecord redraft(String employer, UUID id, InquiryNeed need) {
        Inquiry inquiry = asEmployer(employer, id);
        inquiry.redraft(need, now());
        check(need);
        return record(inquiry, Viewer.employer(employer));
    }

    /** Sends the inquiry to its recipients: every registered university when it names none. */
    @Transactional
    public InquiryRecord publish(String employer, UUID id) {
        Inquiry inquiry = asEmployer(employer, id);
        inquiry.publish(now());
        check(inquiry.need);
        List<String> recipients = inquiry.need.recipients().all()
                ? organisations.allOf(OrganisationKind.UNIVERSITY)
                : inquiry.need.recipients().universitiesOrEmpty();
        if (recipients.isEmpty()) {
            throw ProblemException.unprocessable("No university is registered yet to send the inquiry to");
        }
        inquiries.addRecipients(id, recipients);
        LOG.infof(
                "Employer %s published inquiry %s to %d universities, offers due %s",
                employer, id, recipients.size(), inquiry.offerDeadline);
        return record(inquiry, Viewer.employer(employer));
    }

    @Transactional
    public InquiryRecord cancel(String employer, UUID id, String reason) {
        Inquiry inquiry = asEmployer(employer, id);
        inquiry.cancel(reason, now());
        LOG.infof("Employer %s cancelled inquiry %s: %s", employer, id, reason);
        return record(inquiry, Viewer.employer(employer));
    }

    @Transactional
    public PageOf<InquiryRecord> list(Viewer viewer, InquiryPhase phase, int page, int size) {
        PageOf<Inquiry> found = inquiries.list(viewer, phase, now(), page, size);
        return new PageOf<>(found.items().stream().map(i -> record(i, viewer)).toList(), found.total());
    }

    @Transactional
    public InquiryRecord get(Viewer viewer, UUID id) {
        return record(visible(viewer, id), viewer);
    }

    /** Every answer to an inquiry, for comparing them: only once the deadline has passed (sealed until then). */
    @Transactional
    public InquiryRecord compare(Viewer viewer, UUID id) {
        Inquiry inquiry = visible(viewer, id);
        inquiry.requireClosed(now(), "offers are shown");
        return record(inquiry, viewer);
    }

    /** Names of the organisations an inquiry's record mentions, for exports people read. */
    @Transactional
    public Map<String, String> names(Collection<String> orgNumbers) {
        return organisations.findAllById(orgNumbers).stream().collect(Collectors.toMap(o -> o.orgNumber, o -> o.name));
    }

    @Transactional
    public InquiryQuestion ask(String university, UUID id, String text) {
        Inquiry inquiry = asRecipient(university, id);
        inquiry.requireOpen(now(), "questions are taken");
        InquiryQuestion question = InquiryQuestion.ask(id, university, text, now());
        questions.persist(question);
        LOG.infof("University %s asked a question on inquiry %s", university, id);
        return question;
    }

    @Transactional
    public InquiryQuestion answer(String employer, UUID id, UUID questionId, String text) {
        Inquiry inquiry = asEmployer(employer, id);
        inquiry.requireOpen(now(), "questions are answered");
        InquiryQuestion question = questions
                .findByIdOptional(questionId)
                .filter(q -> q.inquiryId.equals(id))
                .orElseThrow(() -> ProblemException.notFound("question", questionId));
        question.answer(text, now());
        LOG.infof("Employer %s answered question %s on inquiry %s", employer, questionId, id);
        return question;
    }

    /** The university's offer, new or revised in place of its last answer. */
    @Transactional
    public InquiryRecord offer(String university, UUID id, OfferContent content) {
        Inquiry inquiry = asRecipient(university, id);
        inquiry.requireOpen(now(), "offers are taken");
        check(university, inquiry, content);
        Offer offer = offers.of(id, university).orElse(null);
        if (offer == null) {
            offer = Offer.submit(id, university, content, now());
            offers.persist(offer);
        } else {
            offer.revise(content, now());
        }
        LOG.infof("University %s offered on inquiry %s (revision %d)", university, id, offer.revision);
        return record(inquiry, Viewer.university(university));
    }

    @Transactional
    public InquiryRecord withdraw(String university, UUID id) {
        Inquiry inquiry = asRecipient(university, id);
        inquiry.requireOpen(now(), "offers are withdrawn");
        Offer offer = offers.of(id, university).orElseThrow(() -> ProblemException.notFound("offer on inquiry", id));
        offer.withdraw(now());
        LOG.infof("University %s withdrew its offer on inquiry %s", university, id);
        return record(inquiry, Viewer.university(university));
    }

    @Transactional
    public InquiryRecord decline(String university, UUID id, DeclineRequest request) {
        Inquiry inquiry = asRecipient(university, id);
        inquiry.requireOpen(now(), "an inquiry is declined");
        String referral = request.referTo();
        if (referral != null) {
            if (referral.equals(university)) {
                throw ProblemException.invalidField("referTo", "must be another university than your own");
            }
            if (organisations.registered(referral, OrganisationKind.UNIVERSITY).isEmpty()) {
                throw ProblemException.invalidField("referTo", referral + " is not a registered university");
            }
        }
        Offer answer = offers.of(id, university).orElse(null);
        if (answer == null) {
            answer = Offer.decline(id, university, request.reason(), referral, now());
            offers.persist(answer);
        } else {
            answer.markDeclined(request.reason(), referral, now());
        }
        LOG.infof(
                "University %s declined inquiry %s%s",
                university, id, referral == null ? "" : ", referring to " + referral);
        return record(inquiry, Viewer.university(university));
    }

    /**
     * Awards one standing offer once the deadline has passed: the others are not chosen, the offer's course, price
     * and terms become an agreement proposed to the employer, who signs it as any other, and its occasions (OfferAwarded)
     * closed occasions of the employer in the catalogue.
     */
    @Transactional
    public InquiryRecord award(String employer, UUID id, UUID offerId) {
        Inquiry inquiry = asEmployer(employer, id);
        inquiry.requireClosed(now(), "an offer can be awarded");
        Offer chosen = offers.findByIdOptional(offerId)
                .filter(o -> o.inquiryId.equals(id))
                .orElseThrow(() -> ProblemException.notFound("offer", offerId));
        if (!chosen.isStanding()) {
            throw ProblemException.conflict(
                    "Offer " + offerId + " is " + chosen.status + "; only a SUBMITTED offer" + " can be awarded");
        }
        if (chosen.content.validUntil().isBefore(today())) {
            throw ProblemException.conflict(
                    "Offer " + offerId + " was valid until " + chosen.content.validUntil() + " and has lapsed");
        }
        Agreement agreement = Agreement.draft(chosen.university, agreementTerms(inquiry, chosen), now());
        agreement.propose(now());
        agreements.persist(agreement);
        inquiry.award(offerId, agreement.id, now());
        chosen.award(now());
        offers.ofInquiry(id).forEach(o -> o.notChosen(now()));
        events.awarded(inquiry, chosen);
        LOG.infof(
                "Employer %s awarded inquiry %s to %s (offer %s): agreement %s proposed",
                employer, id, chosen.university, offerId, agreement.id);
        return record(inquiry, Viewer.employer(employer));
    }

    /** The offer's terms as an agreement's: its course at its price per participant, as many seats as asked for. */
    private Terms agreementTerms(Inquiry inquiry, Offer offer) {
        OfferContent content = offer.content;
        InquiryNeed need = inquiry.need;
        UUID courseId = InquiryEvents.courseOf(offer);
        LocalDate validTo = content.lastDay().isAfter(need.periodTo()) ? content.lastDay() : need.periodTo();
        return new Terms(
                inquiry.employer,
                // The platform's date, by which enrolment reads an agreement's validity: Sweden's would begin the
                // agreement tomorrow in the hour after Swedish midnight, and nothing could be ordered under it until
                // then.
                LocalDate.now(clock),
                validTo,
                new Terms.Coverage(false, List.of(courseId)),
                new Terms.Pricing(
                        PricingKind.FIXED,
                        List.of(new Terms.CoursePrice(courseId, content.perParticipant(need.participants()))),
                        null),
                need.participants(),
                false,
                content.cancellation(),
                content.invoicing());
    }

    private InquiryRecord record(Inquiry inquiry, Viewer viewer) {
        InquiryPhase phase = inquiry.phase(now());
        boolean sealed = phase == InquiryPhase.DRAFT || phase == InquiryPhase.OPEN;
        List<Offer> visibleOffers;
        if (viewer.isUniversity()) {
            visibleOffers =
                    offers.of(inquiry.id, viewer.organisation()).stream().toList();
        } else {
            visibleOffers = sealed ? List.of() : offers.ofInquiry(inquiry.id);
        }
        List<String> recipients = viewer.isUniversity() ? List.of() : inquiries.recipients(inquiry.id);
        return new InquiryRecord(
                inquiry,
                phase,
                recipients,
                questions.ofInquiry(inquiry.id),
                visibleOffers,
                sealed && !viewer.isUniversity(),
                viewer);
    }

    private Inquiry visible(Viewer viewer, UUID id) {
        return inquiries
                .findByIdOptional(id)
                .filter(i -> switch (viewer.side()) {
                    case OPERATOR -> true;
                    case EMPLOYER -> i.employer.equals(viewer.organisation());
                    case UNIVERSITY ->
                        i.status != InquiryStatus.DRAFT && inquiries.isRecipient(id, viewer.organisation());
                })
                .orElseThrow(() -> ProblemException.notFound("inquiry", id));
    }

    private Inquiry asEmployer(String employer, UUID id) {
        return inquiries
                .findForUpdate(id)
                .filter(i -> i.employer.equals(employer))
                .orElseThrow(() -> ProblemException.notFound("inquiry", id));
    }

    /** A university not sent the inquiry does not see it at all, so it cannot offer, ask or decline either (404). */
    private Inquiry asRecipient(String university, UUID id) {
        return inquiries
                .findForUpdate(id)
                .filter(i -> i.status != InquiryStatus.DRAFT && inquiries.isRecipient(id, university))
                .orElseThrow(() -> ProblemException.notFound("inquiry", id));
    }

    /** The need holds together and names only registered universities. */
    private void check(InquiryNeed need) {
        List<FieldProblem> problems = new ArrayList<>(need.problems(now()));
        for (String university : need.recipients().universitiesOrEmpty()) {
            if (organisations
                    .registered(university, OrganisationKind.UNIVERSITY)
                    .isEmpty()) {
                problems.add(
                        new FieldProblem("recipients.universities", university + " is not a registered university"));
            }
        }
        refuse(problems);
    }

    /** The offer holds together and offers a course of the university's own catalogue, if an existing one. */
    private void check(String university, Inquiry inquiry, OfferContent content) {
        LocalDate deadlineDay = inquiry.offerDeadline.atZone(SWEDEN).toLocalDate();
        List<FieldProblem> problems =
                new ArrayList<>(content.problems(inquiry.need.participants(), deadlineDay, today()));
        UUID courseId = content.course().existingCourseId();
        if (courseId != null) {
            KnownCourse course = courses.findById(courseId);
            if (course == null) {
                problems.add(new FieldProblem("course.existingCourseId", courseId + " is not in the catalogue"));
            } else if (!course.university.equals(university)) {
                problems.add(new FieldProblem(
                        "course.existingCourseId", courseId + " (" + course.code + ") belongs to another university"));
            }
        }
        refuse(problems);
    }

    private static void refuse(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems.stream()
                    .map(p -> new FieldError(p.field(), p.message()))
                    .toList());
        }
    }

    private void requireRegistered(String orgNumber, OrganisationKind kind) {
        if (organisations.registered(orgNumber, kind).isEmpty()) {
            Organisation found = organisations.findById(orgNumber);
            throw ProblemException.unprocessable("Your organisation " + orgNumber
                    + (found == null ? " is not registered" : " is registered as " + found.kind + ", not " + kind)
                    + "; an operator registers it first");
        }
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SWEDEN));
    }
}
