package se.uppdrag.invoicing.domain.bankfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.uppdrag.testsupport.BankFiles;
import se.uppdrag.testsupport.BankFiles.Incoming;

class BgMaxTest {

    private static final LocalDate BOOKED = LocalDate.of(2027, 2, 3);

    @Test
    void reads_payments_with_reference_amount_in_ore_payer_and_the_deposits_booking_date() {
        BankFile file = read(BankFiles.bgMax(
                BOOKED,
                List.of(
                        new Incoming("101", "1000000000013", "37500.00", "Verkstadsbolaget Nord AB"),
                        new Incoming("102", null, "0.50", "Åsa Öberg"))));

        assertThat(file.format()).isEqualTo(BankFile.BGMAX);
        assertThat(file.payments())
                .containsExactly(
                        new BankPayment(
                                "bgmax:0050501055:2027-02-03:000000000101",
                                BOOKED,
                                new BigDecimal("37500.00"),
                                "1000000000013",
                                "Verkstadsbolaget Nord AB"),
                        new BankPayment(
                                "bgmax:0050501055:2027-02-03:000000000102",
                                BOOKED,
                                new BigDecimal("0.50"),
                                null,
                                "Åsa Öberg"));
    }

    @Test
    void a_malformed_or_truncated_file_is_rejected_naming_the_line() {
        String good = new String(
                BankFiles.bgMax(
                        BOOKED,
                        List.of(
                                new Incoming("101", "1000000000013", "10.00", "A"),
                                new Incoming("102", "1000000000021", "20.00", "B"))),
                StandardCharsets.ISO_8859_1);
        List<String> lines = good.lines().toList();

        assertThatThrownBy(() -> read(String.join("\r\n", lines.subList(0, lines.size() - 1))))
                .hasMessageContaining("without an end record (70)");
        String wrongAmount = good.replace("000000000000001000", "00000000000000100x");
        assertThatThrownBy(() -> read(wrongAmount))
                .isInstanceOf(MalformedBankFile.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("amount");
        String lostPayment =
                String.join("\r\n", lines.subList(0, 2)) + "\r\n" + String.join("\r\n", lines.subList(4, lines.size()));
        assertThatThrownBy(() -> read(lostPayment))
                .hasMessageContaining("line 5")
                .hasMessageContaining("deposit amount 30.00 but its payments sum to 20.00");
        assertThatThrownBy(() -> read(good.replace("01BGMAX", "01BGMIN"))).hasMessageContaining("line 1");
        assertThatThrownBy(() -> read(good.replaceFirst("\r\n26", "\r\n99")))
                .hasMessageContaining("line 4")
                .hasMessageContaining("unknown record type '99'");
        assertThatThrownBy(() -> read(good.replace("SEK", "EUR"))).hasMessageContaining("only SEK");
    }

    @Test
    void records_of_the_wrong_width_version_or_date_are_refused() {
        String good = new String(
                BankFiles.bgMax(BOOKED, List.of(new Incoming("101", "1000000000013", "10.00", "A"))),
                StandardCharsets.ISO_8859_1);
        List<String> lines = good.lines().toList();
        String wide = good.replace(lines.get(2), lines.get(2) + " ".repeat(120));
        assertThatThrownBy(() -> read(wide)).hasMessageContaining("line 3").hasMessageContaining("longer than 80");
        assertThatThrownBy(() -> read("01" + "X".repeat(10_000_000))).hasMessageContaining("longer than 80");
        assertThatThrownBy(() -> read(good.replace("01BGMAX               01", "01BGMAX               99")))
                .hasMessageContaining("layout version is '99'");
        assertThatThrownBy(() -> read(good.replace("20270201063015123456", "00000000063015123456")))
                .hasMessageContaining("file date '00000000'");
        assertThatThrownBy(() -> read(good.replace("1000000000013", "100000000\u00070013")))
                .hasMessageContaining("control character");
    }

    private static BankFile read(String text) {
        return read(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static BankFile read(byte[] bytes) {
        return BgMax.read(new ByteArrayInputStream(bytes));
    }
}
