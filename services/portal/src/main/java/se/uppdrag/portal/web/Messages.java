package se.uppdrag.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The portal's common texts: the layout, errors, forms and statuses.
 * Swedish in messages/msg_sv.properties (the default), English in messages/msg_en.properties;
 * templates read them as {@code {msg:key}}. A key missing here fails the build. A bundle keeps under 300
 * messages: Qute 3.34's generated resolver for a larger one fails verification at start.
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
    String nav_inquiries();

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
    String order_seats();

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
    String input_required();

    @Message
    String input_amount();

    @Message
    String input_number();

    @Message
    String input_whole_number();

    @Message
    String input_date();

    @Message
    String column_status();

    @Message
    String participant();

    @Message
    String employer();

    @Message
    String price();

    @Message
    String result();

    @Message
    String participant_email();

    @Message
    String participant_pin();

    @Message
    String waitlist_position(int position);

    @Message
    String filter();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String university();

    @Message
    String actions();

    @Message
    String nav_statistics();

    @Message
    String stats_title();

    @Message
    String stats_lead();

    @Message
    String stats_year();

    @Message
    String stats_by();

    @Message
    String stats_dimension(String by);

    @Message
    String stats_csv();

    @Message
    String stats_ordered();

    @Message
    String stats_confirmed();

    @Message
    String stats_completed();

    @Message
    String stats_not_completed();

    @Message
    String stats_in_progress();

    @Message
    String stats_not_seated();

    @Message
    String stats_cancelled();

    @Message
    String stats_rejected();

    @Message
    String stats_credits();

    @Message
    String stats_completion_rate();

    @Message
    String stats_evaluation_rate();

    @Message
    String stats_evaluation_overall();

    @Message
    String stats_chart_title(int year);

    @Message
    String stats_chart_desc();

    @Message
    String stats_table_caption(int year);

    @Message
    String stats_none(int year);

    @Message
    String stats_invoiced();

    @Message
    String stats_paid();

    @Message
    String stats_money_csv();

    @Message
    String nav_notifications();

    @Message
    String notifications_title();

    @Message
    String notifications_lead();

    @Message
    String notifications_language();

    @Message
    String notifications_employer();

    @Message
    String notifications_university();

    @Message
    String notifications_finance();

    @Message
    String notifications_hint();

    @Message
    String notifications_save();
}
