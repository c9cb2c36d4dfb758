package se.uppdrag.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text the portal shows, in Swedish (messages/msg_sv.properties, the default) and English
 * (messages/msg_en.properties). Templates read them as {@code {msg:key}}; a key missing here fails the build.
 */
@MessageBundle(value = "msg", locale = "sv")
public interface Messages {

    @Message
    String app_name();

    @Message
    String app_tagline();

    @Message
    String skip_to_content();

    @Message
    String language_switch();

    @Message
    String log_in();

    @Message
    String log_out();

    @Message
    String log_in_again();

    @Message
    String nav_label();

    @Message
    String nav_start();

    @Message
    String nav_agreements();

    @Message
    String nav_order();

    @Message
    String nav_orders();

    @Message
    String nav_report();

    @Message
    String nav_invoices();

    @Message
    String nav_credit_notes();

    @Message
    String nav_courses();

    @Message
    String nav_learning_paths();

    @Message
    String nav_queue();

    @Message
    String nav_payments();

    @Message
    String nav_reconciliation();

    @Message
    String nav_ledger();

    @Message
    String nav_services();

    @Message
    String nav_organisations();

    @Message
    String nav_dead_letters();

    @Message
    String nav_catalogue();

    @Message
    String nav_paths();

    @Message
    String footer_text();

    @Message
    String role_name(String role);

    @Message
    String back_to_start();

    @Message
    String any();

    @Message
    String search();

    @Message
    String error_title(int status);

    @Message
    String error_explanation(int status);

    @Message
    String error_id(String id);

    @Message
    String form_refused();

    @Message
    String paging_label();

    @Message
    String paging_previous();

    @Message
    String paging_next();

    @Message
    String paging_position(long first, long last, long total, boolean exact);

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
    String order_seats();

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
    String required();

    @Message
    String save();

    @Message
    String form_errors_title();

    @Message
    String notice_text(String key);

    @Message
    String enrolment_status(String value);

    @Message
    String agreement_status(String value);

    @Message
    String amendment_status(String value);

    @Message
    String order_status(String value);

    @Message
    String invoice_status(String value);

    @Message
    String payment_status(String value);

    @Message
    String occasion_status(String value);

    @Message
    String input_amount();

    @Message
    String input_number();

    @Message
    String input_whole_number();

    @Message
    String input_date();

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
    String agreement_new();

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
    String column_status();

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
}
