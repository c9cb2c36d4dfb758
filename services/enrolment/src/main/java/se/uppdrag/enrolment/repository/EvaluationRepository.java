package se.uppdrag.enrolment.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.uppdrag.enrolment.domain.EnrolmentStatus;
import se.uppdrag.enrolment.domain.EvaluationAnswer;
import se.uppdrag.enrolment.domain.EvaluationInvitation;
import se.uppdrag.enrolment.domain.EvaluationQuestion;

/** Invitations, questions and answers of the course evaluations. */
@ApplicationScoped
public class EvaluationRepository {

    /** Who took part: confirmed (no result yet), completed or not completed. */
    private static final List<EnrolmentStatus> TOOK_PART =
            List.of(EnrolmentStatus.CONFIRMED, EnrolmentStatus.COMPLETED, EnrolmentStatus.NOT_COMPLETED);

    @Inject
    EntityManager entityManager;

    /** Enrolments of those who took part in occasions that ended between the days given, not yet invited. */
    public List<UUID> dueForInvitation(LocalDate endedFrom, LocalDate endedBefore, int limit) {
        return entityManager
                .createQuery(
                        "select e.id from Enrolment e, OccasionFact o where o.occasionId = e.occasionId"
                                + " and o.endDate >= :from and o.endDate < :before and e.status in :tookPart"
                                + " and not exists (select 1 from EvaluationInvitation i where i.enrolmentId = e.id)"
                                + " order by o.endDate, e.id",
                        UUID.class)
                .setParameter("from", endedFrom)
                .setParameter("before", endedBefore)
                .setParameter("tookPart", TOOK_PART)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Invitations sent before the instant given and neither answered nor reminded yet. */
    public List<UUID> dueForReminder(Instant sentBefore, int limit) {
        return entityManager
                .createQuery(
                        "select i.id from EvaluationInvitation i where not i.used and i.remindedAt is null"
                                + " and i.createdAt < :before order by i.createdAt",
                        UUID.class)
                .setParameter("before", sentBefore)
                .setMaxResults(limit)
                .getResultList();
    }

    public boolean invited(UUID enrolmentId) {
        return !entityManager
                .createQuery("select 1 from EvaluationInvitation where enrolmentId = :e", Integer.class)
                .setParameter("e", enrolmentId)
                .getResultList()
                .isEmpty();
    }

    public Optional<EvaluationInvitation> invitation(UUID id) {
        return Optional.ofNullable(entityManager.find(EvaluationInvitation.class, id));
    }

    public Optional<EvaluationInvitation> invitationForUpdate(UUID id) {
        return Optional.ofNullable(entityManager.find(EvaluationInvitation.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public void persist(Object entity) {
        entityManager.persist(entity);
    }

    public void remove(EvaluationQuestion question) {
        entityManager.remove(question);
    }

    public List<EvaluationQuestion> questions(UUID courseId) {
        return entityManager
                .createQuery(
                        "from EvaluationQuestion where courseId = :c order by position, createdAt",
                        EvaluationQuestion.class)
                .setParameter("c", courseId)
                .getResultList();
    }

    public Optional<EvaluationQuestion> question(UUID id) {
        return Optional.ofNullable(entityManager.find(EvaluationQuestion.class, id));
    }

    /** The answers given on an occasion; only those of one employer's staff when {@code employer} is given. */
    public List<EvaluationAnswer> answers(UUID occasionId, String employer) {
        return entityManager
                .createQuery(
                        "from EvaluationAnswer where occasionId = :o and (:employer is null or employer = :employer)",
                        EvaluationAnswer.class)
                .setParameter("o", occasionId)
                .setParameter("employer", employer)
                .getResultList();
    }

    /** How many were invited on an occasion (of one employer's staff, when given). */
    public long invitedTo(UUID occasionId, String employer) {
        return entityManager
                .createQuery(
                        "select count(i) from EvaluationInvitation i, Enrolment e where e.id = i.enrolmentId"
                                + " and i.occasionId = :o and (:employer is null or e.employer = :employer)",
                        Long.class)
                .setParameter("o", occasionId)
                .setParameter("employer", employer)
                .getSingleResult();
    }
}
