package se.uppdrag.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import se.uppdrag.platform.domain.Retries;

/**
 * A mail in the outbox. Its Message-ID is fixed when it is recorded and sent on every attempt, so a mail sent again
 * after a crash between the server's acceptance and our record of it is recognisably the same mail. An attempt is
 * claimed for a lease before it is made; one whose sender died holding it is tried again when the lease runs out.
 */
@Entity
@Table(name = "mail_outbox")
public class QueuedMail {

    private static final int MAX_ERROR = 1000;

    @Id
    public UUID id;

    @Column(name = "message_id", nullable = false, updatable = false)
    public String messageId;

    @Column(nullable = false, updatable = false)
    public String kind;

    @Column(updatable = false)
    public UUID about;

    @Column(nullable = false, updatable = false)
    public String recipient;

    @Column(name = "sender_name", updatable = false)
    public String senderName;

    @Column(nullable = false, updatable = false)
    public String subject;

    @Column(name = "text_body", nullable = false, updatable = false)
    public String textBody;

    @Column(name = "html_body", updatable = false)
    public String htmlBody;

    @Column(updatable = false)
    public String calendar;

    @Column(name = "calendar_method", updatable = false)
    public String calendarMethod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MailStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** A mail to send as soon as may be, its Message-ID under the sender's domain. */
    static QueuedMail of(OutgoingMail mail, String domain, Instant now) {
        QueuedMail q = new QueuedMail();
        q.id = UUID.randomUUID();
        q.messageId = "<" + q.id + "@" + domain + ">";
        q.kind = mail.kind();
        q.about = mail.about();
        q.recipient = mail.recipient();
        q.senderName = mail.senderName();
        q.subject = mail.subject();
        q.textBody = mail.text();
        q.htmlBody = mail.html();
        if (mail.calendar() != null) {
            q.calendar = mail.calendar().content();
            q.calendarMethod = mail.calendar().method().name();
        }
        q.status = MailStatus.PENDING;
        q.nextAttemptAt = now;
        q.createdAt = now;
        return q;
    }

    /** An attempt begins: no other sender takes it up until the lease has run out. */
    void claim(Instant now, Duration lease) {
        attempts++;
        nextAttemptAt = now.plus(lease);
    }

    /** The server accepted it. */
    void sent(Instant now) {
        status = MailStatus.SENT;
        sentAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    /** The server refused the address for good: sending again cannot help. */
    void refused(String reason) {
        status = MailStatus.REFUSED;
        lastError = shortened(reason);
        nextAttemptAt = null;
    }

    /**
     * The attempt failed: tried again after a wait that doubles with each attempt (from the first wait up to the
     * longest), or given up after the last attempt allowed.
     */
    void failed(String reason, Instant now, Duration firstWait, Duration longestWait, int maxAttempts) {
        lastError = shortened(reason);
        if (attempts >= maxAttempts) {
            status = MailStatus.FAILED;
            nextAttemptAt = null;
            return;
        }
        nextAttemptAt = now.plus(Retries.waitAfter(attempts, firstWait, longestWait));
    }

    private static String shortened(String reason) {
        return reason == null || reason.length() <= MAX_ERROR ? reason : reason.substring(0, MAX_ERROR);
    }
}
