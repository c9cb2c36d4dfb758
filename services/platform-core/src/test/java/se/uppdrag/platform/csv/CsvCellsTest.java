package se.uppdrag.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void cells_are_quoted_as_rfc_4180_says_and_formulas_are_defused() {
        assertThat(CsvCells.cell("Berg")).isEqualTo("Berg");
        assertThat(CsvCells.cell("Anna\r\nBerg")).isEqualTo("\"Anna\r\nBerg\"");
        assertThat(CsvCells.cell("Anna\nBerg")).isEqualTo("\"Anna\nBerg\"");
        assertThat(CsvCells.cell("-1\n=2")).isEqualTo("\"'-1\n=2\"");
        assertThat(CsvCells.cell("Berg, Anna")).isEqualTo("\"Berg, Anna\"");
        assertThat(CsvCells.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvCells.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvCells.cell("-1")).isEqualTo("'-1");
        assertThat(CsvCells.cell(null)).isEmpty();
    }
}
