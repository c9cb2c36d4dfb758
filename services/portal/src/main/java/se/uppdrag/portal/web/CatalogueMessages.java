package se.uppdrag.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The catalogue's texts, and the university's courses, occasions and participants.
 * Swedish in messages/cat_sv.properties (the default), English in messages/cat_en.properties;
 * templates read them as {@code {cat:key}}. A key missing here fails the build. A bundle keeps under 300
 * messages: Qute 3.34's generated resolver for a larger one fails verification at start.
 */
@MessageBundle(value = "cat", locale = "sv")
public interface CatalogueMessages {

    @Message
    String catalogue_title();

    @Message
    String catalogue_lead();

    @Message
    String catalogue_q();

    @Message
    String catalogue_q_hint();

    @Message
    String catalogue_subject();

    @Message
    String catalogue_university();

    @Message
    String catalogue_language();

    @Message
    String catalogue_mode();

    @Message
    String catalogue_from();

    @Message
    String catalogue_to();

    @Message
    String catalogue_hits(long total, boolean exact);

    @Message
    String catalogue_none();

    @Message
    String language_name(String code);

    @Message
    String delivery_mode(String mode);

    @Message
    String cycle_name(String cycle);

    @Message
    String occasion_heading();

    @Message
    String occasion_dates();

    @Message
    String occasion_mode();

    @Message
    String occasion_location();

    @Message
    String occasion_pace();

    @Message
    String occasion_price();

    @Message
    String occasion_list_price();

    @Message
    String occasion_seats();

    @Message
    String occasion_deadline();

    @Message
    String occasion_others();

    @Message
    String occasion_withdrawn(String reason);

    @Message
    String seats_available(int n);

    @Message
    String seats_of(int free, int total);

    @Message
    String per_participant_ex_vat();

    @Message
    String course_heading();

    @Message
    String course_university();

    @Message
    String course_code();

    @Message
    String course_credits();

    @Message
    String course_cycle();

    @Message
    String course_subject();

    @Message
    String course_language();

    @Message
    String course_outcomes();

    @Message
    String course_occasions();

    @Message
    String course_no_occasions();

    @Message
    String course_all_occasions();

    @Message
    String paths_title();

    @Message
    String paths_lead();

    @Message
    String paths_none();

    @Message
    String path_summary(int count, String credits);

    @Message
    String university_home_title();

    @Message
    String university_home_pending();

    @Message
    String university_home_courses();

    @Message
    String university_home_proposed();

    @Message
    String university_home_active();

    @Message
    String course_new();

    @Message
    String path_new();

    @Message
    String courses_title();

    @Message
    String courses_none();

    @Message
    String course_title();

    @Message
    String course_updated();

    @Message
    String course_public_page();

    @Message
    String course_details();

    @Message
    String course_description();

    @Message
    String course_credits_field();

    @Message
    String course_credits_hint();

    @Message
    String course_outcomes_field();

    @Message
    String course_outcomes_hint();

    @Message
    String course_publish();

    @Message
    String occasion_new();

    @Message
    String occasion_publish();

    @Message
    String occasion_start();

    @Message
    String occasion_end();

    @Message
    String occasion_pace_field();

    @Message
    String occasion_list_price_field();

    @Message
    String occasion_seats_taken(int seats);

    @Message
    String participants_title();

    @Message
    String completion_title();

    @Message
    String occasion_public_page();

    @Message
    String occasion_withdrawn_on(String day, String reason);

    @Message
    String occasion_change();

    @Message
    String occasion_withdraw();

    @Message
    String occasion_withdraw_explanation();

    @Message
    String occasion_withdraw_reason();

    @Message
    String occasion_withdraw_button();

    @Message
    String queue_title();

    @Message
    String queue_lead();

    @Message
    String queue_empty();

    @Message
    String queue_caption(long count);

    @Message
    String queue_select_all();

    @Message
    String queue_reason();

    @Message
    String queue_reason_hint();

    @Message
    String queue_confirm();

    @Message
    String queue_reject();

    @Message
    String queue_none_chosen();

    @Message
    String participants_caption(int count);

    @Message
    String participants_none();

    @Message
    String completion_lead();

    @Message
    String completion_caption(int count);

    @Message
    String completion_outcome();

    @Message
    String completion_credits();

    @Message
    String completion_grade();

    @Message
    String completion_not_yet();

    @Message
    String completion_submit();

    @Message
    String completion_none_chosen();

    @Message
    String completion_none_open();

    @Message
    String completion_reported();

    @Message
    String university_paths_title();

    @Message
    String university_paths_none();

    @Message
    String path_public_page();

    @Message
    String path_title();

    @Message
    String path_description();

    @Message
    String path_courses();

    @Message
    String path_courses_hint();

    @Message
    String path_position();

    @Message
    String path_position_of();

    @Message
    String path_publish();
}
