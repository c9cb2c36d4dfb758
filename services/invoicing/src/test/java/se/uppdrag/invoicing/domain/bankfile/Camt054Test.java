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

class Camt054Test {

    private static final LocalDate BOOKED = LocalDate.of(2027, 2, 1);

    @Test
    void reads_each_booked_credit_with_its_ocr_reference_amount_payer_and_bank_identity() {
        BankFile file = read(BankFiles.camt054(
                BOOKED,
                List.of(
                        new Incoming("E-1", "1000000000013", "37500.00", "Verkstad AB"),
                        new Incoming("E-2", null, "100.5", "Okänd betalare"))));

        assertThat(file.format()).isEqualTo(BankFile.CAMT_054);
        assertThat(file.payments())
                .containsExactly(
                        new BankPayment(
                                "camt:tx:E-1-1", BOOKED, new BigDecimal("37500.00"), "1000000000013", "Verkstad AB"),
                        new BankPayment("camt:tx:E-2-1", BOOKED, new BigDecimal("100.50"), null, "Okänd betalare"));
    }

    @Test
    void debits_and_pending_entries_are_ignored_and_version_08_status_codes_read() {
        String xml = BankFiles.camt054(
                        BOOKED,
                        List.of(
                                new Incoming("E-1", "1000000000013", "10.00", "A"),
                                new Incoming("E-2", "1000000000021", "20.00", "B"),
                                new Incoming("E-3", "1000000000039", "30.00", "C")))
                .replace("camt.054.001.02", "camt.054.001.08")
                .replaceFirst("<CdtDbtInd>CRDT</CdtDbtInd>", "<CdtDbtInd>DBIT</CdtDbtInd>")
                .replaceFirst(
                        "<Sts>BOOK</Sts>(?=\\s*<BookgDt><Dt>2027-02-01</Dt></BookgDt>\\s*<ValDt><Dt>2027-02-01</Dt></ValDt>\\s*<AcctSvcrRef>E-2)",
                        "<Sts><Cd>PDNG</Cd></Sts>")
                .replaceFirst("<Sts>BOOK</Sts>(?=[\\s\\S]*E-3)", "<Sts><Cd>BOOK</Cd></Sts>");

        BankFile file = read(xml);

        assertThat(file.payments()).extracting(BankPayment::reference).containsExactly("1000000000039");
        assertThat(file.ignored()).isEqualTo(2);
    }

    @Test
    void a_malformed_file_is_rejected_naming_the_element_and_line() {
        String good = BankFiles.camt054(BOOKED, List.of(new Incoming("E-1", "1000000000013", "10.00", "A")));
        assertThatThrownBy(() -> read(good.replace("<Amt Ccy=\"SEK\">10.00</Amt>\n", "<Amt Ccy=\"SEK\">ten</Amt>\n")))
                .isInstanceOf(MalformedBankFile.class)
                .hasMessageContaining("Amt at line 9")
                .hasMessageContaining("'ten' is not a decimal amount");
        assertThatThrownBy(() -> read(good.replace("</Ntry>", "</Entry>")))
                .isInstanceOf(MalformedBankFile.class)
                .hasMessageContaining("not well-formed XML");
        assertThatThrownBy(() -> read(good.replace("camt.054", "camt.053")))
                .hasMessageContaining("not a camt.054 document");
        assertThatThrownBy(() -> read(good.replace("Ccy=\"SEK\"", "Ccy=\"EUR\"")))
                .hasMessageContaining("only SEK");
        assertThatThrownBy(() -> read(good.replace("<BookgDt><Dt>2027-02-01</Dt></BookgDt>", "")))
                .hasMessageContaining("has no BookgDt");
        assertThatThrownBy(() -> read(good.replace("<TxAmt><Amt Ccy=\"SEK\">10.00", "<TxAmt><Amt Ccy=\"SEK\">9.00")))
                .hasMessageContaining("amounts to 10.00 but its transactions to 9.00");
        assertThatThrownBy(
                        () -> read(good.replace("<Amt Ccy=\"SEK\">10.00</Amt>\n", "<Amt Ccy=\"SEK\">10.001</Amt>\n")))
                .hasMessageContaining("fractions of an öre");
    }

    @Test
    void a_hostile_file_is_refused_at_its_first_excess_not_after_reading_it_all() {
        String deep = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.02\">" + "<a>".repeat(100_000)
                + "</a>".repeat(100_000) + "</Document>";
        assertThatThrownBy(() -> read(deep)).hasMessageContaining("nested deeper than " + Camt054.MAX_DEPTH);

        String good = BankFiles.camt054(BOOKED, List.of(new Incoming("E-1", "1000000000013", "10.00", "A")));
        assertThatThrownBy(() -> read(good.replace("1000000000013", "1".repeat(1_000_000))))
                .hasMessageContaining("longer than " + Camt054.MAX_TEXT);
        assertThatThrownBy(() -> read(good.replace("1000000000013", "1".repeat(36))))
                .hasMessageContaining("creditor reference is longer than 35");
        assertThatThrownBy(() -> read(good.replace("2027-02-01", "+57467-08-27")))
                .hasMessageContaining("not an ISO date");
        assertThatThrownBy(() -> read(good.replace("2027-02-01", "9999-12-31")))
                .hasMessageContaining("not an ISO date");
    }

    @Test
    void external_entities_are_never_resolved() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.02\"><x>&x;</x></Document>";
        assertThatThrownBy(() -> read(xxe)).isInstanceOf(MalformedBankFile.class);
    }

    private static BankFile read(String xml) {
        return Camt054.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
