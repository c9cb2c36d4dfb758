package se.uppdrag.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Invoices, payments, the reconciliation and the ledger.
 * Swedish in messages/fin_sv.properties (the default), English in messages/fin_en.properties;
 * templates read them as {@code {fin:key}}. A key missing here fails the build. A bundle keeps under 300
 * messages: Qute 3.34's generated resolver for a larger one fails verification at start.
 */
@MessageBundle(value = "fin", locale = "sv")
public interface FinanceMessages {

    @Message
    String invoices_title();

    @Message
    String credit_notes_title();

    @Message
    String invoices_q();

    @Message
    String invoices_q_hint();

    @Message
    String invoices_buyer();

    @Message
    String invoices_buyer_hint();

    @Message
    String invoices_from();

    @Message
    String invoices_to();

    @Message
    String invoices_none();

    @Message
    String invoices_caption(long count);

    @Message
    String invoice_number();

    @Message
    String invoice_buyer();

    @Message
    String invoice_seller();

    @Message
    String invoice_issued();

    @Message
    String invoice_due();

    @Message
    String invoice_total();

    @Message
    String invoice_open();

    @Message
    String invoice_title(String number);

    @Message
    String credit_note_title(String number);

    @Message
    String invoice_download_xml();

    @Message
    String invoice_order();

    @Message
    String credit_note_credits();

    @Message
    String invoice_ocr();

    @Message
    String invoice_orgnr();

    @Message
    String invoice_vat_number();

    @Message
    String invoice_peppol();

    @Message
    String invoice_lines();

    @Message
    String invoice_line();

    @Message
    String invoice_amount();

    @Message
    String invoice_net();

    @Message
    String invoice_vat_rate(String rate);

    @Message
    String invoice_no_vat();

    @Message
    String invoice_payment();

    @Message
    String invoice_pay_text(String total, String bankgiro, String ocr, String due);

    @Message
    String invoice_paid();

    @Message
    String invoice_credited();

    @Message
    String invoice_credit_notes();

    @Message
    String finance_home_title();

    @Message
    String finance_open();

    @Message
    String finance_overdue();

    @Message
    String finance_unmatched();

    @Message
    String finance_invoices();

    @Message
    String finance_overdue_heading();

    @Message
    String finance_due_since(String day);

    @Message
    String payments_import();

    @Message
    String payments_import_text();

    @Message
    String payments_imported(String format);

    @Message
    String payments_already_imported();

    @Message
    String payments_import_counts(int read, int matched, int unmatched, int seen);

    @Message
    String payments_file();

    @Message
    String payments_file_hint();

    @Message
    String payments_import_button();

    @Message
    String payments_no_file();

    @Message
    String payments_unmatched();

    @Message
    String payments_none_unmatched();

    @Message
    String payment_booked();

    @Message
    String payment_payer();

    @Message
    String payment_reference();

    @Message
    String payment_allocate();

    @Message
    String payment_allocate_of(String amount, String day);

    @Message
    String payments_history();

    @Message
    String payments_no_history();

    @Message
    String payments_imported_at();

    @Message
    String payments_format();

    @Message
    String payments_read();

    @Message
    String payments_matched();

    @Message
    String payments_unmatched_count();

    @Message
    String payments_seen();

    @Message
    String payment_allocate_title();

    @Message
    String allocate_search();

    @Message
    String allocate_choose_invoice();

    @Message
    String allocate_left(String open, String total);

    @Message
    String allocate_no_candidates();

    @Message
    String allocate_choose();

    @Message
    String rec_invoiced();

    @Message
    String rec_credited();

    @Message
    String rec_paid();

    @Message
    String rec_open();

    @Message
    String rec_overdue();

    @Message
    String rec_positions();

    @Message
    String rec_chart_desc();

    @Message
    String rec_table_caption();

    @Message
    String rec_invoice_count(long count);

    @Message
    String rec_aging();

    @Message
    String rec_aging_desc();

    @Message
    String rec_aging_caption();

    @Message
    String rec_age();

    @Message
    String age_not_due();

    @Message
    String age_1_30();

    @Message
    String age_31_60();

    @Message
    String age_over_60();

    @Message
    String ledger_title();

    @Message
    String ledger_lead();

    @Message
    String ledger_from();

    @Message
    String ledger_to();

    @Message
    String ledger_download();

    @Message
    String delivery_heading();

    @Message
    String delivery_delivered(String receiver, String at);

    @Message
    String delivery_failed(String receiver, int attempts);

    @Message
    String delivery_resend();

    @Message
    String delivery_sending(String receiver);

    @Message
    String delivery_retrying(String receiver, int attempts, String next);

    @Message
    String delivery_not_sent();

    @Message
    String delivery_no_endpoint();

    @Message
    String delivery_column();

    @Message
    String delivery_status(String status);

    @Message
    String finance_undelivered(long count);

    @Message
    String invoice_download_pdf();

    @Message
    String line_fundable();

    @Message
    String line_not_fundable();

    @Message
    String line_subsidy(String funder);

    @Message
    String invoice_funded_employer();

    @Message
    String funding_title();

    @Message
    String funding_lead();

    @Message
    String funding_one_order();

    @Message
    String funding_all_orders();

    @Message
    String claims_title();

    @Message
    String claims_lead();

    @Message
    String claims_claimable_from(String funder);

    @Message
    String claims_csv();

    @Message
    String claims_json();

    @Message
    String claims_invoiced();

    @Message
    String claims_fundable();

    @Message
    String claims_claimable();

    @Message
    String claims_deadline();

    @Message
    String claims_credited(String amount);

    @Message
    String claims_none();

    @Message
    String aid_title();

    @Message
    String aid_lead();

    @Message
    String aid_from(String funder);

    @Message
    String aid_csv();

    @Message
    String aid_full_price();

    @Message
    String aid_subsidy();

    @Message
    String aid_aid();

    @Message
    String aid_funder();

    @Message
    String aid_none();

    @Message
    String funding_from();

    @Message
    String funding_to();
}
