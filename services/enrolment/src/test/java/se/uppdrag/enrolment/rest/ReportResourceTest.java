package se.uppdrag.enrolment.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportResourceTest {

    @Test
    void cells_are_quoted_as_rfc_4180_says_and_formulas_are_defused() {
        assertThat(ReportResource.cell("Berg")).isEqualTo("Berg");
        assertThat(ReportResource.cell("Anna\r\nBerg")).isEqualTo("\"Anna\r\nBerg\"");
        assertThat(ReportResource.cell("Anna\nBerg")).isEqualTo("\"Anna\nBerg\"");
        assertThat(ReportResource.cell("-1\n=2")).isEqualTo("\"'-1\n=2\"");
        assertThat(ReportResource.cell("Berg, Anna")).isEqualTo("\"Berg, Anna\"");
        assertThat(ReportResource.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ReportResource.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ReportResource.cell("-1")).isEqualTo("'-1");
        assertThat(ReportResource.cell(null)).isEmpty();
    }
}
