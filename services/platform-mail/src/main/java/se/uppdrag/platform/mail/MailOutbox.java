package se.uppdrag.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import se.uppdrag.platform.service.AfterCommit;

/**
 * Where a service records the mails a state change causes, in that change's transaction: a change rolled back sends
 * nothing, a change committed sends its mails however often the service dies afterwards ({@link MailSender} sends
 * them once the transaction commits, and retries).
 */
@ApplicationScoped
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class);
    private static final String WAKE_AFTER_COMMIT = MailOutbox.class.getName() + ".wake";

    @Inject
    EntityManager entityManager;

    @Inject
    MailSender sender;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public QueuedMail record(OutgoingMail mail) {
        QueuedMail queued = QueuedMail.of(mail, sender.domain(), Instant.now(clock));
        entityManager.persist(queued);
        AfterCommit.once(transactions, WAKE_AFTER_COMMIT, sender::wake);
        LOG.debugf("Mail %s (%s) about %s recorded", queued.messageId, queued.kind, queued.about);
        return queued;
    }

    /** Every mail about each of these things, newest first. */
    public Map<UUID, List<QueuedMail>> about(Collection<UUID> things) {
        if (things.isEmpty()) {
            return Map.of();
        }
        return entityManager
                .createQuery("from QueuedMail where about in :things order by createdAt desc, id", QueuedMail.class)
                .setParameter("things", things)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(m -> m.about, LinkedHashMap::new, Collectors.toList()));
    }

    /** What became of the mails to this address about one thing: a refusal outweighs everything, else the newest. */
    public static QueuedMail fateOf(List<QueuedMail> newestFirst, String recipient) {
        if (newestFirst == null || recipient == null) {
            return null;
        }
        List<QueuedMail> toRecipient = newestFirst.stream()
                .filter(m -> m.recipient.equalsIgnoreCase(recipient))
                .toList();
        return toRecipient.stream()
                .filter(m -> m.status == MailStatus.REFUSED)
                .findFirst()
                .orElse(toRecipient.isEmpty() ? null : toRecipient.get(0));
    }
}
