package se.uppdrag.agreement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.uppdrag.agreement.domain.Inquiry;
import se.uppdrag.agreement.domain.InquiryPhase;
import se.uppdrag.agreement.domain.InquiryRecipient;
import se.uppdrag.agreement.domain.InquiryStatus;
import se.uppdrag.platform.repository.PageOf;
import se.uppdrag.platform.security.Viewer;

@ApplicationScoped
public class InquiryRepository implements PanacheRepositoryBase<Inquiry, UUID> {

    /** Locked, so an offer, the award and a cancellation on one inquiry apply one after the other. */
    public Optional<Inquiry> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The inquiries the viewer sees, newest first: an employer its own, a university those sent to it (never a
     * draft), an operator all; optionally in one phase as of {@code now}.
     */
    public PageOf<Inquiry> list(Viewer viewer, InquiryPhase phase, Instant now, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (viewer.isEmployer()) {
            where.append(" and employer = :org");
            params.put("org", viewer.organisation());
        } else if (viewer.isUniversity()) {
            where.append(" and status <> :draft and id in (select r.key.inquiryId from InquiryRecipient r"
                    + " where r.key.university = :org)");
            params.put("draft", InquiryStatus.DRAFT);
            params.put("org", viewer.organisation());
        }
        if (phase != null) {
            switch (phase) {
                case OPEN, CLOSED -> {
                    where.append(" and status = :published and offerDeadline ")
                            .append(phase == InquiryPhase.OPEN ? ">" : "<=")
                            .append(" :now");
                    params.put("published", InquiryStatus.PUBLISHED);
                    params.put("now", now);
                }
                default -> {
                    where.append(" and status = :status");
                    params.put("status", InquiryStatus.valueOf(phase.name()));
                }
            }
        }
        var query = find(where.toString(), Sort.by("createdAt").descending().and("id"), params);
        return new PageOf<>(query.page(Page.of(page, size)).list(), query.count());
    }

    public void addRecipients(UUID inquiryId, List<String> universities) {
        universities.forEach(u -> getEntityManager().persist(InquiryRecipient.of(inquiryId, u)));
    }

    public List<String> recipients(UUID inquiryId) {
        return getEntityManager()
                .createQuery(
                        "select r.key.university from InquiryRecipient r where r.key.inquiryId = :id"
                                + " order by r.key.university",
                        String.class)
                .setParameter("id", inquiryId)
                .getResultList();
    }

    public boolean isRecipient(UUID inquiryId, String university) {
        return getEntityManager().find(InquiryRecipient.class, new InquiryRecipient.Key(inquiryId, university)) != null;
    }
}
