package se.uppdrag.agreement.service;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** What organisations' notices say: Swedish in messages/notice_sv.properties (default), English in notice_en. */
@MessageBundle(value = "notice", locale = "sv")
public interface NoticeTexts {

    @Message
    String agreement_subject(String university);

    @Message
    String agreement_body(String university, String employer);

    @Message
    String amendment_subject(String university);

    @Message
    String amendment_body(String university, String employer);

    @Message
    String agreement_action();

    @Message
    String footer(String organisation);
}
