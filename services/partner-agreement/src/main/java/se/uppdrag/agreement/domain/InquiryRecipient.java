package se.uppdrag.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** A university a published inquiry was sent to. */
@Entity
@Table(name = "inquiry_recipient")
public class InquiryRecipient {

    @EmbeddedId
    public Key key;

    @Embeddable
    public record Key(
            @Column(name = "inquiry_id") UUID inquiryId,
            @Column(name = "university") String university) implements Serializable {}

    public static InquiryRecipient of(UUID inquiryId, String university) {
        InquiryRecipient recipient = new InquiryRecipient();
        recipient.key = new Key(inquiryId, university);
        return recipient;
    }
}
