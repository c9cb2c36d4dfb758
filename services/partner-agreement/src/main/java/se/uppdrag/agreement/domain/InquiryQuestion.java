package se.uppdrag.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import se.uppdrag.platform.domain.RuleViolation;

/**
 * A recipient's question about an inquiry and the employer's one answer, which every recipient sees (as procurement
 * requires, so no university knows more than another). Who asked is shown to nobody but the asker and operators.
 */
@Entity
@Table(name = "inquiry_question")
public class InquiryQuestion {

    @Id
    public UUID id;

    @Column(name = "inquiry_id", nullable = false, updatable = false)
    public UUID inquiryId;

    @Column(name = "asked_by", nullable = false, updatable = false)
    public String askedBy;

    @Column(nullable = false, updatable = false)
    public String question;

    public String answer;

    @Column(name = "asked_at", nullable = false, updatable = false)
    public Instant askedAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    public static InquiryQuestion ask(UUID inquiryId, String university, String question, Instant now) {
        InquiryQuestion asked = new InquiryQuestion();
        asked.id = UUID.randomUUID();
        asked.inquiryId = inquiryId;
        asked.askedBy = university;
        asked.question = question;
        asked.askedAt = now;
        return asked;
    }

    public void answer(String text, Instant now) {
        if (answer != null) {
            throw RuleViolation.wrongState("Question " + id + " was answered at " + answeredAt
                    + "; every recipient has read that answer, so it is not changed");
        }
        answer = text;
        answeredAt = now;
    }
}
