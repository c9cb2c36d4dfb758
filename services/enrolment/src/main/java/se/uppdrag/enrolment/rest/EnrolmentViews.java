package se.uppdrag.enrolment.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.uppdrag.enrolment.domain.Enrolment;
import se.uppdrag.enrolment.domain.OccasionFact;
import se.uppdrag.enrolment.service.EnrolmentService;
import se.uppdrag.platform.mail.QueuedMail;

/** Enrolments as the API shows them, each naming its occasion (read once per list, not once per enrolment). */
@ApplicationScoped
public class EnrolmentViews {

    @Inject
    EnrolmentService enrolments;

    /** For the university, with personal identity numbers where kept; for an employer without. */
    List<EnrolmentView> of(List<Enrolment> list, boolean showIdentityNumbers) {
        Map<UUID, OccasionFact> occasions =
                enrolments.occasionsOf(list.stream().map(e -> e.occasionId).toList());
        Map<UUID, QueuedMail> mails = enrolments.participantMails(list);
        return list.stream()
                .map(e -> EnrolmentView.of(e, showIdentityNumbers, occasions.get(e.occasionId), mails.get(e.id)))
                .toList();
    }

    EnrolmentView of(Enrolment e, boolean showIdentityNumber) {
        return of(List.of(e), showIdentityNumber).get(0);
    }
}
