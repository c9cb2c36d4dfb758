package se.uppdrag.portal.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import se.uppdrag.portal.client.Enrolments.Participant;

class StaffListTest {

    @Test
    void a_swedish_spreadsheet_saved_as_csv_is_read_with_its_header_skipped() {
        StaffList.Read read = StaffList.parse("\uFEFFFörnamn;Efternamn;E-post;Anställningsnummer;Personnummer\r\n"
                + "Astrid;Lind;astrid@verkstad.example;S-1;19850101-1234\r\n"
                + "Bertil;Ek;bertil@verkstad.example;S-2;\r\n");

        assertThat(read.problems()).isEmpty();
        assertThat(read.people())
                .containsExactly(
                        new Participant("Astrid", "Lind", "astrid@verkstad.example", "S-1", "19850101-1234", null),
                        new Participant("Bertil", "Ek", "bertil@verkstad.example", "S-2", null, null));
    }

    @Test
    void a_sixth_column_is_the_persons_own_cost_centre() {
        StaffList.Read read =
                StaffList.parse("Förnamn;Efternamn;E-post;Anställningsnummer;Personnummer;Kostnadsställe\n"
                        + "Astrid;Lind;astrid@verkstad.example;S-1;;KS-5000\n"
                        + "Bertil;Ek;bertil@verkstad.example;S-2;;\n"
                        + "Cecilia;Holm;cecilia@verkstad.example;S-3;;KS-5000;extra\n");

        assertThat(read.people())
                .extracting(Participant::employeeNumber, Participant::personalIdentityNumber, Participant::costCentre)
                .containsExactly(Tuple.tuple("S-1", null, "KS-5000"), Tuple.tuple("S-2", null, null));
        assertThat(read.problems()).extracting(StaffList.Problem::line).containsExactly(4);
    }

    @Test
    void a_paste_from_a_spreadsheet_is_tab_separated_and_may_have_no_header() {
        StaffList.Read read = StaffList.parse("Cecilia\tHolm\tcecilia@verkstad.example\tS-3\n\n");

        assertThat(read.people())
                .containsExactly(new Participant("Cecilia", "Holm", "cecilia@verkstad.example", "S-3", null, null));
    }

    @Test
    void an_english_header_and_comma_separated_quoted_cells_are_read() {
        StaffList.Read read = StaffList.parse("given name,family name,email,employee number\n"
                + "\"Anna, Maria\",\"O\"\"Neil\",anna@verkstad.example,S-4\n");

        assertThat(read.people())
                .extracting(Participant::givenName, Participant::familyName)
                .containsExactly(Tuple.tuple("Anna, Maria", "O\"Neil"));
    }

    @Test
    void a_line_that_cannot_be_read_is_named_by_its_number_and_the_rest_are_kept() {
        StaffList.Read read = StaffList.parse("Astrid;Lind;astrid@verkstad.example;S-1\n"
                + "only two;cells\n"
                + "Bertil;Ek;bertil@verkstad.example;S-2\n");

        assertThat(read.people()).hasSize(2);
        assertThat(read.problems()).containsExactly(new StaffList.Problem(2, "only two;cells"));
    }

    @Test
    void a_first_line_with_an_address_is_a_person_not_a_header() {
        StaffList.Read read = StaffList.parse("Astrid;Lind;astrid@verkstad.example;S-1\n");

        assertThat(read.people()).hasSize(1);
    }

    @Test
    void nothing_reads_as_nobody() {
        assertThat(StaffList.parse(null).people()).isEmpty();
        assertThat(StaffList.parse("  \n").people()).isEmpty();
    }
}
