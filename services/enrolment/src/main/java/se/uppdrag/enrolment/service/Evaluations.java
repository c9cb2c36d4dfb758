package se.uppdrag.enrolment.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.jboss.logging.Logger;
import se.uppdrag.enrolment.domain.Enrolment;
import se.uppdrag.enrolment.domain.EvaluationAnswer;
import se.uppdrag.enrolment.domain.EvaluationInvitation;
import se.uppdrag.enrolment.domain.EvaluationQuestion;
import se.uppdrag.enrolment.domain.OccasionFact;
import se.uppdrag.enrolment.repository.EnrolmentRepository;
import se.uppdrag.enrolment.repository.EvaluationRepository;
import se.uppdrag.enrolment.repository.OccasionFactRepository;
import se.uppdrag.platform.domain.RuleViolation;
import se.uppdrag.platform.security.Viewer;
import se.uppdrag.platform.service.ClusterJobs;
import se.uppdrag.platform.service.Sweep;

/**
 * Course evaluations: after an occasion ends each participant who took part gets a personal link (signed, used once,
 * no account) and one reminder a week later if unanswered; the answers are stored without anything that leads back
 * to the participant, and shown to the university and the employer only as aggregates of at least five answers.
 */
@ApplicationScoped
public class Evaluations {

    private static final Logger LOG = Logger.getLogger(Evaluations.class);
    private static final int BATCH = 200;
    /** The standard questions, answered 1-5 by everyone, in the order the form asks them. */
    public static final List<String> STANDARD = List.of("overall", "relevance", "teaching", "organisation");

    @Inject
    EvaluationRepository evaluations;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    OccasionFactRepository occasions;

    @Inject
    EvaluationLinks links;

    @Inject
    ParticipantNotices notices;

    @Inject
    EnrolmentConfig config;

    @Inject
    ClusterJobs jobs;

    @Inject
    Clock clock;

    /** What the participant's form shows: the occasion, who gave it, and the questions to answer. */
    public record Form(OccasionFact occasion, String university, String language, List<EvaluationQuestion> questions) {}

    /** One question's aggregate: its average and how many answered each of 1-5. */
    public record QuestionResult(String key, String text, BigDecimal average, long answers, List<Long> distribution) {}

    /** An occasion's results as one side sees them; no figures at all below the minimum number of answers. */
    public record Results(
            OccasionFact occasion,
            long invited,
            long answered,
            BigDecimal responseRate,
            int minimumAnswers,
            boolean shown,
            List<QuestionResult> questions,
            List<String> comments) {}

    @Scheduled(
            every = "${uppdrag.enrolment.evaluations.interval:1h}",
            delayed = "40s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        invite(LocalDate.now(clock));
        remind(Instant.now(clock));
    }

    /** Invites everyone who took part in occasions that ended (before today, within the period); answers how many. */
    public int invite(LocalDate today) {
        LocalDate from = today.minus(config.evaluations().inviteWithin());
        int invited = jobs.runAlone(
                        "evaluation-invitations",
                        () -> Sweep.inBatches(BATCH, n -> dueForInvitation(from, today, n), this::inviteIfDue))
                .orElse(0);
        if (invited > 0) {
            LOG.infof("%d participants invited to evaluate their occasions", invited);
        }
        return invited;
    }

    /** Reminds, once, those who have not answered a week (remind-after) after their invitation. */
    public int remind(Instant now) {
        Instant sentBefore = now.minus(config.evaluations().remindAfter());
        int reminded = jobs.runAlone(
                        "evaluation-reminders",
                        () -> Sweep.inBatches(BATCH, n -> dueForReminder(sentBefore, n), this::remindIfDue))
                .orElse(0);
        if (reminded > 0) {
            LOG.infof("%d participants reminded to evaluate their occasions", reminded);
        }
        return reminded;
    }

    @Transactional
    List<UUID> dueForInvitation(LocalDate from, LocalDate today, int limit) {
        return evaluations.dueForInvitation(from, today, limit);
    }

    @Transactional
    List<UUID> dueForReminder(Instant sentBefore, int limit) {
        return evaluations.dueForReminder(sentBefore, limit);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean inviteIfDue(UUID enrolmentId) {
        Enrolment e = enrolments.findForUpdate(enrolmentId).orElse(null);
        if (e == null || evaluations.invited(enrolmentId)) {
            return false;
        }
        EvaluationInvitation invitation = EvaluationInvitation.of(e, Instant.now(clock));
        evaluations.persist(invitation);
        notices.evaluationRequest(e, links.link(invitation.id), false);
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean remindIfDue(UUID invitationId) {
        EvaluationInvitation invitation =
                evaluations.invitationForUpdate(invitationId).orElse(null);
        if (invitation == null || invitation.used || invitation.remindedAt != null) {
            return false;
        }
        invitation.remindedAt = Instant.now(clock);
        Enrolment e = enrolments.findById(invitation.enrolmentId);
        notices.evaluationRequest(e, links.link(invitation.id), true);
        return true;
    }

    /** The form behind a link: not found for a link this service did not sign, refused once answered. */
    @Transactional
    public Optional<Form> form(String token) {
        return links.invitation(token).flatMap(evaluations::invitation).map(invitation -> {
            if (invitation.used) {
                throw answeredAlready();
            }
            Enrolment e = enrolments.findById(invitation.enrolmentId);
            OccasionFact occasion = occasions.findById(invitation.occasionId);
            return new Form(
                    occasion,
                    notices.universityName(e),
                    ParticipantNotices.languageOf(occasion),
                    evaluations.questions(occasion.courseId));
        });
    }

    /**
     * The answers, stored apart from the invitation, which is marked used in the same transaction: a second use of
     * the link is refused, and nothing stored says whose answers these are. Answers to questions the course does not
     * ask are refused naming them.
     */
    @Transactional
    public boolean answer(String token, EvaluationRequest request) {
        Optional<EvaluationInvitation> found = links.invitation(token).flatMap(evaluations::invitationForUpdate);
        if (found.isEmpty()) {
            return false;
        }
        EvaluationInvitation invitation = found.get();
        if (invitation.used) {
            throw answeredAlready();
        }
        OccasionFact occasion = occasions.findById(invitation.occasionId);
        Map<UUID, Integer> custom = request.custom() == null ? Map.of() : request.custom();
        List<UUID> asked =
                evaluations.questions(occasion.courseId).stream().map(q -> q.id).toList();
        for (UUID question : custom.keySet()) {
            if (!asked.contains(question)) {
                throw RuleViolation.invalidValue("custom." + question, "is not a question of this course's evaluation");
            }
        }
        invitation.use();
        EvaluationAnswer answer = new EvaluationAnswer();
        answer.id = UUID.randomUUID();
        answer.occasionId = occasion.occasionId;
        answer.courseId = occasion.courseId;
        answer.university = occasion.university;
        answer.employer = enrolments.findById(invitation.enrolmentId).employer;
        answer.overall = request.overall();
        answer.relevance = request.relevance();
        answer.teaching = request.teaching();
        answer.organisation = request.organisation();
        answer.custom = new HashMap<>(custom);
        answer.comment = request.comment() == null || request.comment().isBlank()
                ? null
                : request.comment().strip();
        evaluations.persist(answer);
        return true;
    }

    /**
     * An occasion's results: for its university everything answered (with the comments), for an employer what its
     * own staff answered, for the operator all; nothing for anyone else (not found). No averages below the minimum.
     */
    @Transactional
    public Optional<Results> results(Viewer viewer, UUID occasionId) {
        OccasionFact occasion = occasions.findById(occasionId);
        if (occasion == null) {
            return Optional.empty();
        }
        String employer = null;
        boolean comments;
        if (viewer.isOperator()) {
            comments = false;
        } else if (viewer.organisation().equals(occasion.university) && viewer.isUniversity()) {
            comments = true;
        } else if (viewer.isEmployer()) {
            employer = viewer.organisation();
            comments = false;
            if (enrolments.onOccasion(occasionId, viewer).isEmpty()) {
                return Optional.empty(); // none of its staff was there
            }
        } else {
            return Optional.empty();
        }
        List<EvaluationAnswer> answers = evaluations.answers(occasionId, employer);
        long invited = evaluations.invitedTo(occasionId, employer);
        int minimum = config.evaluations().minimumAnswers();
        boolean shown = answers.size() >= minimum;
        List<QuestionResult> questions = new ArrayList<>();
        List<String> said = new ArrayList<>();
        if (shown) {
            List<ToIntFunction<EvaluationAnswer>> standard =
                    List.of(a -> a.overall, a -> a.relevance, a -> a.teaching, a -> a.organisation);
            for (int i = 0; i < STANDARD.size(); i++) {
                ToIntFunction<EvaluationAnswer> score = standard.get(i);
                questions.add(result(
                        STANDARD.get(i),
                        null,
                        answers.stream().map(score::applyAsInt).toList()));
            }
            for (EvaluationQuestion q : evaluations.questions(occasion.courseId)) {
                questions.add(result(
                        q.id.toString(),
                        q.text,
                        answers.stream()
                                .map(a -> a.custom.get(q.id))
                                .filter(Objects::nonNull)
                                .toList()));
            }
            if (comments) {
                answers.stream()
                        .map(a -> a.comment)
                        .filter(Objects::nonNull)
                        .sorted()
                        .forEach(said::add);
            }
        }
        BigDecimal rate = invited == 0
                ? null
                : BigDecimal.valueOf(answers.size() * 100L)
                        .divide(BigDecimal.valueOf(invited), 0, RoundingMode.HALF_UP);
        return Optional.of(new Results(occasion, invited, answers.size(), rate, minimum, shown, questions, said));
    }

    private QuestionResult result(String key, String text, List<Integer> scores) {
        List<Long> distribution = new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L));
        scores.forEach(s -> distribution.set(s - 1, distribution.get(s - 1) + 1));
        boolean enough = scores.size() >= config.evaluations().minimumAnswers();
        BigDecimal average = scores.isEmpty() || !enough
                ? null
                : BigDecimal.valueOf(scores.stream().mapToInt(Integer::intValue).sum())
                        .divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP);
        return new QuestionResult(key, text, average, scores.size(), enough ? distribution : List.of());
    }

    /** A course's own questions, for anyone who may see the course's evaluations (the university adds them). */
    @Transactional
    public List<EvaluationQuestion> questions(UUID courseId) {
        return evaluations.questions(courseId);
    }

    /** Adds a question to one of the university's own courses (a course it has occasions of); at most 20. */
    @Transactional
    public Optional<EvaluationQuestion> addQuestion(Viewer viewer, QuestionRequest request) {
        boolean own = occasions
                .universityOfCourse(request.courseId())
                .filter(u -> u.equals(viewer.organisation()))
                .isPresent();
        if (!own) {
            return Optional.empty();
        }
        List<EvaluationQuestion> existing = evaluations.questions(request.courseId());
        if (existing.size() >= 20) {
            throw RuleViolation.refused("A course's evaluation has at most 20 questions of its own");
        }
        EvaluationQuestion q = new EvaluationQuestion();
        q.id = UUID.randomUUID();
        q.courseId = request.courseId();
        q.university = viewer.organisation();
        q.position = existing.stream().mapToInt(e -> e.position).max().orElse(0) + 1;
        q.text = request.text().strip();
        q.createdAt = Instant.now(clock);
        evaluations.persist(q);
        LOG.infof("University %s added evaluation question %s to course %s", q.university, q.id, q.courseId);
        return Optional.of(q);
    }

    /** Removes one of the university's own questions; answers already given to it stay in the answers. */
    @Transactional
    public boolean removeQuestion(Viewer viewer, UUID id) {
        Optional<EvaluationQuestion> q =
                evaluations.question(id).filter(x -> x.university.equals(viewer.organisation()));
        q.ifPresent(evaluations::remove);
        return q.isPresent();
    }

    private static RuntimeException answeredAlready() {
        return RuleViolation.wrongState("This evaluation has been answered already; each link is used once");
    }
}
