package se.uppdrag.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Inquiries for tailored courses and the offers that answer them. Swedish in messages/inq_sv.properties (the
 * default), English in messages/inq_en.properties; templates read them as {@code {inq:key}}.
 */
@MessageBundle(value = "inq", locale = "sv")
public interface InquiryMessages {

    @Message
    String inquiries_title();

    @Message
    String inquiries_lead_employer();

    @Message
    String inquiries_lead_university();

    @Message
    String inquiries_none();

    @Message
    String inquiry_new();

    @Message
    String inquiry_edit();

    @Message
    String inquiry_publish();

    @Message
    String inquiry_cancel();

    @Message
    String inquiry_cancel_reason();

    @Message
    String inquiry_cancel_send();

    @Message
    String inquiry_awarded_text();

    @Message
    String inquiry_to_agreement();

    @Message
    String phase(String value);

    @Message
    String offer_status(String value);

    @Message
    String mode(String value);

    @Message
    String cycle(String value);

    @Message
    String procurement_kind(String value);

    @Message
    String price_basis(String value);

    @Message
    String language_sv();

    @Message
    String language_en();

    @Message
    String need_lead();

    @Message
    String need_what();

    @Message
    String need_who_when();

    @Message
    String need_procurement();

    @Message
    String need_title();

    @Message
    String need_outcomes();

    @Message
    String need_outcomes_hint();

    @Message
    String need_subject();

    @Message
    String need_credits();

    @Message
    String need_credits_wanted();

    @Message
    String need_participants();

    @Message
    String need_background();

    @Message
    String need_period();

    @Message
    String need_period_from();

    @Message
    String need_period_to();

    @Message
    String need_place();

    @Message
    String need_mode();

    @Message
    String need_language();

    @Message
    String need_budget();

    @Message
    String need_budget_hint();

    @Message
    String need_procurement_kind();

    @Message
    String need_procurement_reference();

    @Message
    String need_procurement_reference_hint();

    @Message
    String need_deadline();

    @Message
    String need_deadline_time();

    @Message
    String need_deadline_time_hint();

    @Message
    String need_deadline_time_invalid();

    @Message
    String need_recipients();

    @Message
    String need_recipients_all();

    @Message
    String need_recipients_named();

    @Message
    String need_save();

    @Message
    String questions_title();

    @Message
    String questions_none();

    @Message
    String question_label();

    @Message
    String answer_label();

    @Message
    String question_unanswered();

    @Message
    String question_answer();

    @Message
    String question_answer_send();

    @Message
    String question_field();

    @Message
    String question_hint();

    @Message
    String question_send();

    @Message
    String offer_own_title();

    @Message
    String offer_revision(int revision);

    @Message
    String offer_none_yet();

    @Message
    String offer_make();

    @Message
    String offer_revise();

    @Message
    String offer_withdraw();

    @Message
    String decline_title();

    @Message
    String decline_reason();

    @Message
    String decline_refer_to();

    @Message
    String decline_no_referral();

    @Message
    String decline_send();

    @Message
    String decline_referred(String university);

    @Message
    String offers_title();

    @Message
    String offers_sealed(String deadline);

    @Message
    String offers_none();

    @Message
    String offers_caption();

    @Message
    String offer_course();

    @Message
    String offer_course_existing();

    @Message
    String offer_course_new();

    @Message
    String offer_existing_course();

    @Message
    String offer_new_title();

    @Message
    String offer_new_course_badge();

    @Message
    String offer_credits();

    @Message
    String offer_credits_hint();

    @Message
    String offer_cycle();

    @Message
    String offer_dates();

    @Message
    String offer_seats();

    @Message
    String offer_per_participant();

    @Message
    String offer_total();

    @Message
    String offer_valid_until();

    @Message
    String offer_over_budget();

    @Message
    String offer_declined_row();

    @Message
    String offer_award();

    @Message
    String offer_award_of(String university);

    @Message
    String offer_form_title(String title);

    @Message
    String offer_form_lead(int participants, String deadline);

    @Message
    String offer_occasion(int row);

    @Message
    String offer_occasion_start(int row);

    @Message
    String offer_occasion_end(int row);

    @Message
    String offer_price_and_terms();

    @Message
    String offer_price_basis();

    @Message
    String offer_price();

    @Message
    String offer_payment_days();

    @Message
    String offer_fee_days(int row);

    @Message
    String offer_fee_percent(int row);

    @Message
    String offer_message();

    @Message
    String offer_send();

    @Message
    String record_csv();

    @Message
    String record_json();

    @Message
    String hr_compare_offers(String title);

    @Message
    String university_home_open();
}
