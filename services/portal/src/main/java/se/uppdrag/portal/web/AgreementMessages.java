package se.uppdrag.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Agreements, orders and the employer's pages.
 * Swedish in messages/agr_sv.properties (the default), English in messages/agr_en.properties;
 * templates read them as {@code {agr:key}}. A key missing here fails the build. A bundle keeps under 300
 * messages: Qute 3.34's generated resolver for a larger one fails verification at start.
 */
@MessageBundle(value = "agr", locale = "sv")
public interface AgreementMessages {

    @Message
    String agreement_new();

    @Message
    String agreements_title();

    @Message
    String agreements_none();

    @Message
    String agreement_parties();

    @Message
    String agreement_validity();

    @Message
    String agreement_version();

    @Message
    String agreement_quota();

    @Message
    String amendment_waiting();

    @Message
    String agreement_title(String university, String employer);

    @Message
    String agreement_version_of(int version);

    @Message
    String agreement_terminated_from();

    @Message
    String agreement_sign_heading();

    @Message
    String agreement_sign_text();

    @Message
    String agreement_accept();

    @Message
    String agreement_decline();

    @Message
    String agreement_edit();

    @Message
    String agreement_propose();

    @Message
    String agreement_usage();

    @Message
    String agreement_seats_used(int used, int quota);

    @Message
    String agreement_committed();

    @Message
    String agreement_fees();

    @Message
    String agreement_invoiced();

    @Message
    String agreement_paid();

    @Message
    String agreement_open();

    @Message
    String agreement_usage_hint();

    @Message
    String agreement_orders();

    @Message
    String amendment_heading();

    @Message
    String amendment_text();

    @Message
    String amendment_effective(String day);

    @Message
    String amendment_accept();

    @Message
    String amendment_decline();

    @Message
    String agreement_terms();

    @Message
    String agreement_versions();

    @Message
    String agreement_version_line(int version, String from, String accepted);

    @Message
    String amendment_new();

    @Message
    String amendment_new_text();

    @Message
    String agreement_terminate();

    @Message
    String agreement_terminate_from();

    @Message
    String agreement_terminate_reason();

    @Message
    String seats_count(int count);

    @Message
    String agreement_auto_confirm();

    @Message
    String agreement_pricing();

    @Message
    String agreement_discount(String percent);

    @Message
    String agreement_fixed_prices();

    @Message
    String agreement_payment_days();

    @Message
    String days_count(int count);

    @Message
    String agreement_invoice_on();

    @Message
    String invoice_moment(String moment);

    @Message
    String agreement_buyer_reference();

    @Message
    String agreement_coverage();

    @Message
    String agreement_all_courses();

    @Message
    String price_per_participant();

    @Message
    String agreement_cancellation();

    @Message
    String cancellation_fee_rule(int days, int percent);

    @Message
    String cancellation_free();

    @Message
    String amendment_form_lead();

    @Message
    String agreement_parties_and_time();

    @Message
    String agreement_employer_hint();

    @Message
    String agreement_valid_from();

    @Message
    String agreement_valid_to();

    @Message
    String amendment_effective_from();

    @Message
    String amendment_effective_from_hint();

    @Message
    String agreement_quota_field();

    @Message
    String agreement_auto_confirm_field();

    @Message
    String agreement_listed_courses();

    @Message
    String agreement_pricing_discount();

    @Message
    String agreement_discount_percent();

    @Message
    String agreement_pricing_fixed();

    @Message
    String agreement_courses_caption();

    @Message
    String agreement_covered();

    @Message
    String agreement_see_occasions();

    @Message
    String agreement_fixed_price();

    @Message
    String agreement_fixed_price_of(String code);

    @Message
    String agreement_no_courses();

    @Message
    String agreement_cancellation_hint();

    @Message
    String agreement_fee_days();

    @Message
    String agreement_fee_percent();

    @Message
    String agreement_fee_days_row(int row);

    @Message
    String agreement_fee_percent_row(int row);

    @Message
    String agreement_invoicing();

    @Message
    String agreement_buyer_reference_hint();

    @Message
    String amendment_send();

    @Message
    String agreement_save_draft();

    @Message
    String orders_title();

    @Message
    String orders_from();

    @Message
    String orders_to();

    @Message
    String orders_all();

    @Message
    String orders_of_agreement();

    @Message
    String orders_none();

    @Message
    String orders_placed();

    @Message
    String orders_seats();

    @Message
    String order_seat_counts(int all, long confirmed, long pending, long waiting);

    @Message
    String order_heading(String code);

    @Message
    String order_placed_on(String when);

    @Message
    String agreement_heading();

    @Message
    String order_see_agreement();

    @Message
    String order_invoices();

    @Message
    String order_seats_caption(int count);

    @Message
    String order_fee();

    @Message
    String order_cancel();

    @Message
    String order_substitute();

    @Message
    String order_cancel_of(String given, String family);

    @Message
    String order_substitute_of(String given, String family);

    @Message
    String order_confirm();

    @Message
    String order_reject();

    @Message
    String order_confirm_of(String given, String family);

    @Message
    String order_reject_of(String given, String family);

    @Message
    String purpose_name(String purpose);

    @Message
    String order_title();

    @Message
    String order_steps();

    @Message
    String order_step_agreement();

    @Message
    String order_step_occasion();

    @Message
    String order_step_people();

    @Message
    String order_choose_agreement();

    @Message
    String order_no_agreements();

    @Message
    String order_under_agreement(String university);

    @Message
    String order_choose_occasion();

    @Message
    String order_your_price();

    @Message
    String order_no_occasions();

    @Message
    String order_purpose();

    @Message
    String order_people();

    @Message
    String order_participant_n(int n);

    @Message
    String participant_given();

    @Message
    String participant_family();

    @Message
    String participant_employee_number();

    @Message
    String participant_pin_optional();

    @Message
    String participant_pin_hint();

    @Message
    String participant_cost_centre_hint();

    @Message
    String substitute_cost_centre_hint(String seatCostCentre);

    @Message
    String order_add_row();

    @Message
    String order_list_heading();

    @Message
    String order_list_hint();

    @Message
    String order_list_paste();

    @Message
    String order_list_file();

    @Message
    String order_list_read();

    @Message
    String order_list_unread(String lines);

    @Message
    String order_price_each(String price);

    @Message
    String order_price_total(long count, String total);

    @Message
    String order_price_hint();

    @Message
    String order_place();

    @Message
    String order_nobody();

    @Message
    String cancel_title(String given, String family);

    @Message
    String cancel_fee(String fee);

    @Message
    String cancel_fee_explanation(int percent, long days, String price);

    @Message
    String cancel_reason();

    @Message
    String cancel_confirm();

    @Message
    String cancel_keep();

    @Message
    String back_to_order();

    @Message
    String substitute_title(String given, String family);

    @Message
    String substitute_lead();

    @Message
    String substitute_confirm();

    @Message
    String hr_home_title();

    @Message
    String hr_open_orders();

    @Message
    String hr_to_answer();

    @Message
    String hr_spent(int year);

    @Message
    String hr_left_to_pay();

    @Message
    String hr_to_answer_heading();

    @Message
    String hr_proposal(String university);

    @Message
    String hr_amendment(String university);

    @Message
    String hr_open_orders_heading();

    @Message
    String hr_all_open_orders();

    @Message
    String hr_no_open_orders();

    @Message
    String report_title();

    @Message
    String report_lead();

    @Message
    String report_from();

    @Message
    String report_to();

    @Message
    String report_csv();

    @Message
    String report_employees();

    @Message
    String report_credits();

    @Message
    String report_cost();

    @Message
    String report_caption();

    @Message
    String report_cost_column();

    @Message
    String report_total();

    @Message
    String report_none();

    @Message
    String order_reference();

    @Message
    String order_reference_hint();

    @Message
    String order_cost_centre();

    @Message
    String order_cost_centre_hint();

    @Message
    String order_mail_invitation_sent();

    @Message
    String order_mail_sent();

    @Message
    String order_mail_pending();

    @Message
    String order_mail_refused();

    @Message
    String order_mail_failed();

    @Message
    String agreement_order_reference_required();

    @Message
    String funding_legend();

    @Message
    String funding_hint();

    @Message
    String funding_model();

    @Message
    String funding_none();

    @Message
    String funding_model_name(String model);

    @Message
    String funding_funder();

    @Message
    String funding_share();

    @Message
    String funding_cap();

    @Message
    String funding_completion();

    @Message
    String funding_reference();

    @Message
    String funding_claim_days();

    @Message
    String funding_summary(String funder, Integer share);

    @Message
    String funding_cap_summary(String cap);

    @Message
    String funding_claim_summary(Integer days);
}
