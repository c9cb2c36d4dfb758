package se.uppdrag.agreement.service;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import se.uppdrag.agreement.domain.Agreement;
import se.uppdrag.agreement.domain.NotificationContacts;
import se.uppdrag.agreement.domain.Organisation;
import se.uppdrag.agreement.repository.OrganisationRepository;
import se.uppdrag.platform.mail.MailOutbox;
import se.uppdrag.platform.mail.OutgoingMail;

/**
 * What organisations hear, at the addresses they keep per role ({@link NotificationContacts}), recorded in the
 * transaction of the change that causes it: HR is told of an agreement, or a change of one, waiting for its answer.
 */
@ApplicationScoped
public class OrganisationNotices {

    static final String AGREEMENT_PROPOSED = "AGREEMENT_PROPOSED";
    static final String AMENDMENT_PROPOSED = "AMENDMENT_PROPOSED";

    @Inject
    OrganisationRepository organisations;

    @Inject
    MailOutbox outbox;

    @Inject
    AgreementConfig config;

    @Location("mail/notice.txt")
    Template text;

    @Location("mail/notice.html")
    Template html;

    /** One notice as its templates lay it out. */
    public record Notice(
            String language, String subject, List<String> paragraphs, String action, String href, String footer) {}

    /** The university proposed an agreement: the employer's HR is asked to answer it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void agreementProposed(Agreement agreement, boolean amendment) {
        Organisation employer = organisations.findById(agreement.employer);
        Organisation university = organisations.findById(agreement.university);
        NotificationContacts to = employer.notifications;
        if (to.employer().isEmpty()) {
            return;
        }
        NoticeTexts t = MessageBundles.get(NoticeTexts.class, Localized.Literal.of(to.language()));
        Notice notice = new Notice(
                to.language(),
                amendment ? t.amendment_subject(university.name) : t.agreement_subject(university.name),
                List.of(
                        amendment
                                ? t.amendment_body(university.name, employer.name)
                                : t.agreement_body(university.name, employer.name)),
                t.agreement_action(),
                config.portalUrl() + "/agreements/" + agreement.id,
                t.footer(employer.name));
        for (String address : to.employer()) {
            outbox.record(new OutgoingMail(
                    amendment ? AMENDMENT_PROPOSED : AGREEMENT_PROPOSED,
                    agreement.id,
                    address,
                    university.name,
                    notice.subject(),
                    text.data("notice", notice).render(),
                    html.data("notice", notice).render(),
                    null));
        }
    }
}
