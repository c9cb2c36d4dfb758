package se.uppdrag.invoicing.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Sie4Test {

    @Test
    void writes_the_header_accounts_and_balanced_vouchers_in_code_page_437() {
        byte[] file = Sie4.write(
                "Uppdrag",
                LocalDate.of(2027, 2, 1),
                new Sie4.Company(
                        "Kustlands högskola", "2021001231", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)),
                Map.of("1510", "Kundfordringar"),
                List.of(new Sie4.Dimension(20, "Beställarens ordernummer")),
                List.of(new Sie4.Voucher(
                        "F",
                        1,
                        LocalDate.of(2027, 1, 5),
                        "Faktura 1 \"Åre\"",
                        List.of(
                                new Sie4.Transaction("1510", new BigDecimal("125.00"), Map.of(20, "PO 42")),
                                new Sie4.Transaction("3010", new BigDecimal("-100.00")),
                                new Sie4.Transaction("2611", new BigDecimal("-25.00"))))));
        String text = new String(file, Sie4.PC8);

        assertThat(text)
                .startsWith("#FLAGGA 0\r\n")
                .contains(
                        "#FORMAT PC8\r\n",
                        "#SIETYP 4\r\n",
                        "#ORGNR 202100-1231\r\n",
                        "#FNAMN \"Kustlands högskola\"",
                        "#RAR 0 20270101 20271231",
                        "#KONTO 1510 \"Kundfordringar\"",
                        "#DIM 20 \"Beställarens ordernummer\"\r\n#OBJEKT 20 \"PO 42\" \"PO 42\"\r\n",
                        "#VER F 1 20270105 \"Faktura 1 \\\"Åre\\\"\"\r\n{\r\n   #TRANS 1510 {20 \"PO 42\"} 125.00\r\n",
                        "   #TRANS 3010 {} -100.00\r\n");
        // PC8: ö is 0x94 and Å 0x8F in code page 437.
        assertThat(file).contains((byte) 0x94, (byte) 0x8F);
    }

    @Test
    void a_voucher_that_does_not_balance_cannot_be_made() {
        assertThatThrownBy(() -> new Sie4.Voucher(
                        "F",
                        1,
                        LocalDate.of(2027, 1, 5),
                        "x",
                        List.of(
                                new Sie4.Transaction("1510", new BigDecimal("125.00")),
                                new Sie4.Transaction("3010", new BigDecimal("-100.00")))))
                .hasMessageContaining("does not balance: 25.00");
    }
}
