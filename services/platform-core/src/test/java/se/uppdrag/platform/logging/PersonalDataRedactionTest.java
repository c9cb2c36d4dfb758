package se.uppdrag.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

@SuppressWarnings("deprecation") // reads the record as the log manager formats it, like the filter
class PersonalDataRedactionTest {

    private final PersonalDataRedaction filter = new PersonalDataRedaction();

    @Test
    void masks_every_written_form_of_a_personal_identity_number() {
        assertThat(PersonalDataRedaction.redact("a 19770101-1234, b 197701011234, c 770101-1234, d 770101+1234, "
                        + "e 7701011234, f ('19771231-0008'), g 20120361-0008"))
                .doesNotContainPattern("[0-9]{4}")
                .contains("a [personal identity number], b [personal identity number]")
                .contains("f ('[personal identity number]')");
    }

    @Test
    void leaves_organisation_numbers_identifiers_and_longer_numbers_alone() {
        String text = "seller 2021001231 buyer 5566778808 enrolment 3f1c2a44-9b1e-4c2d-8e7f-197701011234 "
                + "offset 1977010112345 ocr 12345678901234 at 2026-11-23T14:48:04";
        assertThat(PersonalDataRedaction.redact(text)).isEqualTo(text);
    }

    @Test
    void masks_a_number_in_a_formatted_message_and_keeps_the_record() {
        ExtLogRecord record = new ExtLogRecord(
                Level.WARNING,
                "SQL Error: %s, SQLState: %s",
                ExtLogRecord.FormatStyle.PRINTF,
                getClass().getName());
        record.setParameters(
                new Object[] {"Batch entry 0 update enrolment set personal_identity_number=('19770101-1234')", "08006"
                });

        assertThat(filter.isLoggable(record)).isTrue();
        assertThat(record.getFormattedMessage())
                .isEqualTo("SQL Error: Batch entry 0 update enrolment set personal_identity_number=('"
                        + PersonalDataRedaction.MASK + "'), SQLState: 08006");
    }

    @Test
    void masks_numbers_in_a_logged_exception_chain_and_keeps_its_classes_and_frames() {
        SQLException connection = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        BatchUpdateException batch = new BatchUpdateException(
                "Batch entry 0 update enrolment set " + "personal_identity_number=('197701011234') was aborted",
                "08006",
                new int[0],
                connection);
        RuntimeException outer = new RuntimeException("could not execute batch", batch);
        ExtLogRecord record = new ExtLogRecord(
                Level.WARNING,
                "ARJUNA012125: TwoPhaseCoordinator.beforeCompletion",
                getClass().getName());
        record.setThrown(outer);

        filter.isLoggable(record);

        String printed = stackTraceOf(record.getThrown());
        assertThat(printed)
                .doesNotContain("197701011234")
                .contains("java.lang.RuntimeException: could not execute batch")
                .contains("Caused by: java.sql.BatchUpdateException: Batch entry 0 update enrolment set "
                        + "personal_identity_number=('" + PersonalDataRedaction.MASK + "') was aborted")
                .contains("Caused by: java.sql.SQLException: An I/O error occurred")
                .contains(getClass().getName() + ".masks_numbers_in_a_logged_exception_chain");
    }

    @Test
    void passes_a_clean_record_through_untouched() {
        RuntimeException thrown = new IllegalStateException("order 3f1c2a44-9b1e-4c2d-8e7f-000000000001 not found");
        ExtLogRecord record = new ExtLogRecord(
                Level.INFO,
                "Order %s placed for %d participants",
                ExtLogRecord.FormatStyle.PRINTF,
                getClass().getName());
        record.setParameters(new Object[] {"3f1c2a44", 3});
        record.setThrown(thrown);

        assertThat(filter.isLoggable(record)).isTrue();
        assertThat(record.getFormattedMessage()).isEqualTo("Order 3f1c2a44 placed for 3 participants");
        assertThat(record.getThrown()).isSameAs(thrown);
    }

    private static String stackTraceOf(Throwable thrown) {
        StringWriter text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
