package se.uppdrag.enrolment.service;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What the participants' mails say. Swedish in messages/mail_sv.properties (the default), English in
 * messages/mail_en.properties; a mail is written in its course's language.
 */
@MessageBundle(value = "mail", locale = "sv")
public interface MailTexts {

    @Message
    String greeting(String name);

    @Message
    String signature(String university);

    @Message
    String footer(String employer);

    @Message
    String seat_confirmed_subject(String course);

    @Message
    String seat_confirmed_body(String employer, String course, String university);

    @Message
    String seat_rescheduled_subject(String course);

    @Message
    String seat_rescheduled_body(String course, String university);

    @Message
    String invitation_attached();

    @Message
    String moved_up_subject(String course);

    @Message
    String moved_up_body(String course);

    @Message
    String seat_cancelled_subject(String course);

    @Message
    String seat_cancelled_body(String employer, String course);

    @Message
    String occasion_withdrawn_body(String course, String university);

    @Message
    String substituted_out_subject(String course);

    @Message
    String substituted_out_body(String employer, String course);

    @Message
    String calendar_removed();

    @Message
    String reminder_subject(String course, String day);

    @Message
    String reminder_body(String course, String university, String day);

    @Message
    String evaluation_subject(String course);

    @Message
    String evaluation_reminder_subject(String course);

    @Message
    String evaluation_body(String course, String university);

    @Message
    String evaluation_anonymous();

    @Message
    String evaluation_action();

    @Message
    String label_course();

    @Message
    String label_university();

    @Message
    String label_dates();

    @Message
    String label_form();

    @Message
    String label_place();

    @Message
    String credits(String credits);

    @Message
    String mode_CAMPUS();

    @Message
    String mode_ONLINE();

    @Message
    String mode_HYBRID();

    @Message
    String calendar_description(String course, String university, String employer);
}
