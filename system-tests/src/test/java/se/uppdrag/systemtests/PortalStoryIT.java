package se.uppdrag.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.uppdrag.testsupport.BankFiles;
import se.uppdrag.testsupport.PeppolRules;

/**
 * The commissioning story through the browser only, as its users live it, on the four running services and the real
 * Keycloak: a university publishes a course and an occasion and proposes an agreement; HR signs it and orders three
 * named staff from a pasted list, with its own order number and cost centre, which the invoice carries; the university confirms two and rejects one at once; finance finds the invoice and
 * downloads its Peppol e-invoice; HR cancels one, seeing the fee first; finance imports the bank's camt.054 that pays
 * what is left after the credit note and sees the reconciliation move to paid; the university reports the results in one form, and HR's report shows the credits.
 */
class PortalStoryIT extends BrowserStory {

    @Test
    void a_course_is_commissioned_ordered_decided_cancelled_invoiced_paid_and_completed_in_the_browser()
            throws Exception {
        String code = "P" + Scenario.suffix();
        LocalDate start = LocalDate.now().plusDays(20);

        // The university publishes a course and an occasion of it.
        browser.login("uni.admin").go("/university/courses/new");
        browser.type("code", code)
                .type("title", "Robotics for maintenance staff " + code)
                .type("description", "Industrial robots: safety, programming and fault finding.")
                .type("credits", "7,5")
                .select("cycle", "FIRST")
                .type("subject", "Mechanical engineering")
                .type("learningOutcomes", "Program a robot cell safely\nFind and fix common faults");
        browser.click(By.cssSelector("form[action='/university/courses'] button[type=submit]"));
        browser.waitForText("Kursen är publicerad");
        String course = browser.path().replaceAll("^/university/courses/([0-9a-f-]+).*$", "$1");
        browser.date("startDate", start)
                .date("endDate", start.plusDays(45))
                .date("orderDeadline", LocalDate.now().plusDays(10))
                .type("pace", "25")
                .select("deliveryMode", "HYBRID")
                .type("location", "Kustby")
                .type("seats", "12")
                .type("listPrice", "18 000");
        browser.click(By.cssSelector("form[action$='/occasions'] button[type=submit]"));
        browser.waitForText("Kurstillfället är publicerat");
        String occasion = browser.path().replaceAll("^/university/occasions/([0-9a-f-]+).*$", "$1");
        checked("university-occasion");

        // ... drafts an agreement with the employer found by name, at a fixed price, and proposes it.
        browser.go("/agreements/new").htmxSettled();
        browser.type("employer", "Verkstadsbolaget");
        browser.waitForOption("employer-options", "Verkstadsbolaget Nord AB (556677-8808)");
        browser.type("employer", "Verkstadsbolaget Nord AB (556677-8808)")
                .check(By.id("coverage-listed"))
                .check(By.id("course-" + course))
                .check(By.id("pricing-fixed"))
                .type("price-" + course, "15000")
                .type("seatQuota", "10")
                .type("buyerReference", "HR-" + code)
                .check(By.id("orderReferenceRequired"));
        browser.click(By.cssSelector("form[action='/agreements'] button[type=submit]"));
        browser.waitForText("Avtalsutkastet är sparat");
        String agreement = browser.path().replaceAll("^/agreements/([0-9a-f-]+).*$", "$1");
        browser.click("Skicka till uppdragsgivaren").waitForText("Avtalet är skickat");

        // HR signs it.
        browser.login("hr.admin");
        assertThat(browser.main()).contains("Avtalsförslag från Kustlands högskola");
        browser.go("/agreements/" + agreement);
        checked("hr-agreement-proposed");
        browser.click("Godkänn avtalet").waitForText("Avtalet är undertecknat");

        // ... orders three named staff from a pasted list, seeing the price before sending.
        browser.go("/orders/new?agreement=" + agreement);
        browser.refreshUntil(By.cssSelector("a[href*='occasion=" + occasion + "']"), Duration.ofSeconds(60));
        browser.click(By.cssSelector("a[href*='occasion=" + occasion + "']"));
        browser.waitFor(By.id("given-0"));
        browser.click(By.cssSelector("details.staff-list summary"));
        browser.type(
                "staff",
                String.join(
                        "\n",
                        "förnamn;efternamn;e-post;anställningsnummer",
                        "Astrid;Lind;astrid.lind." + code + "@verkstad.example;S-" + code + "-1",
                        // Bertil's seat is charged to his own department's cost centre, not the order's.
                        "Bertil;Ek;bertil.ek." + code + "@verkstad.example;S-" + code + "-2;;KS-" + code + "-B",
                        "Cecilia;Holm;cecilia.holm." + code + "@verkstad.example;S-" + code + "-3"));
        browser.click(By.cssSelector("button[name=action][value=read]"));
        assertThat(browser.value("given-2")).isEqualTo("Cecilia");
        // The agreement asks for HR's own order number on every order: without one the order is refused, kept as typed.
        browser.click(By.cssSelector("button[name=action][value=order]"));
        browser.waitForText("requires your own order number");
        assertThat(browser.value("given-2")).isEqualTo("Cecilia");
        browser.type("orderReference", "PO-" + code).type("costCentre", "KS-" + code);
        assertThat(browser.text(By.id("price-summary")))
                .contains("15 000,00 kr")
                .contains("3 deltagare: 45 000,00 kr");
        checked("hr-order-form");
        browser.click(By.cssSelector("button[name=action][value=order]"));
        browser.waitForText("Beställningen är mottagen");
        String order = browser.path().replaceAll("^/orders/([0-9a-f-]+).*$", "$1");
        assertThat(browser.all(By.cssSelector("main tbody tr"))).hasSize(3);
        assertThat(browser.main()).contains("PO-" + code, "KS-" + code, "KS-" + code + "-B");

        // The university confirms two and rejects one, each decision for several at once.
        browser.login("uni.admin").go("/university/queue");
        browser.check(rowBox("Astrid")).check(rowBox("Bertil"));
        browser.click(By.cssSelector("button[name=decision][value=confirm]")).waitForText("Besluten är sparade");
        browser.check(rowBox("Cecilia")).type("reason", "Förkunskaper saknas");
        browser.click(By.cssSelector("button[name=decision][value=reject]")).waitForText("Besluten är sparade");
        browser.go("/orders/" + order);
        assertThat(browser.main()).contains("Bekräftad").contains("Avvisad").contains("Förkunskaper saknas");

        // Finance finds the invoice of the order, reads it as a document, downloads the e-invoice.
        browser.login("uni.finance");
        browser.go("/invoices?order=" + order);
        browser.refreshUntil(By.cssSelector("main tbody tr a"), Duration.ofSeconds(60));
        assertThat(browser.text(By.cssSelector("main tbody tr"))).contains("PO-" + code);
        browser.click(By.cssSelector("main tbody tr a"));
        browser.waitForText("Faktura");
        String ocr = browser.text(By.xpath("//dt[normalize-space()='OCR-nummer']/following-sibling::dd"));
        String number = browser.text(By.cssSelector("h1")).replace("Faktura ", "");
        assertThat(browser.main())
                .contains("Verkstadsbolaget Nord AB")
                .contains("30 000,00 kr")
                .contains("Moms 25")
                .contains("PO-" + code)
                .containsPattern("Kostnadsställe: KS-" + code + "(?!-B)")
                .contains("Kostnadsställe: KS-" + code + "-B");
        // The e-invoice went to the buyer's Peppol access point by itself, and the page says so.
        browser.refreshUntil(
                By.xpath("//section[@id='delivery'][contains(., 'Levererad till köparens Peppol-adress')]"),
                Duration.ofSeconds(60));
        assertThat(RunningPlatform.peppolReceiver().received())
                .anySatisfy(r -> assertThat(r.receiver()).isEqualTo("0007:" + Scenario.VERKSTAD));
        checked("finance-invoice");
        browser.click("Ladda ner e-fakturan (Peppol BIS 3)");
        Path xml = browser.awaitDownload("faktura-" + number + ".xml", Duration.ofSeconds(30));
        String ubl = Files.readString(xml, StandardCharsets.UTF_8);
        assertThat(ubl).contains("<cbc:ID>" + number + "</cbc:ID>");
        // The employer's order number routes the e-invoice at the buyer's end, each line's cost centre books it.
        assertThat(ubl)
                .contains("<cbc:ID>PO-" + code + "</cbc:ID>")
                .contains("<cbc:AccountingCost>KS-" + code + "</cbc:AccountingCost>")
                .contains("<cbc:AccountingCost>KS-" + code + "-B</cbc:AccountingCost>");
        assertThat(PeppolRules.errors(ubl)).as("Peppol BIS Billing 3.0 rules").isEmpty();
        // The same invoice as a PDF for a buyer without a Peppol address: what paying needs, readable.
        browser.click("Ladda ner som PDF");
        Path pdf = browser.awaitDownload("faktura-" + number + ".pdf", Duration.ofSeconds(30));
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Faktura " + number)
                    .contains("OCR-nummer " + ocr)
                    .contains("bankgiro 5050-1055")
                    .contains("30 000,00 kr");
        }

        // HR cancels Bertil: 20 days before the start the terms take half the price, and the page says so first.
        browser.login("hr.admin").go("/orders/" + order);
        browser.click(By.cssSelector("a[aria-label='Avboka Bertil Ek']"));
        assertThat(browser.text(By.id("cancel-fee")))
                .contains("Att avboka nu kostar 7 500,00 kr")
                .contains("50 %");
        checked("hr-cancel-fee");
        browser.type("reason", "Föräldraledig").click("Avboka platsen").waitForText("Platsen är avbokad");
        assertThat(browser.main()).contains("Avbokad").contains("7 500,00 kr");

        // Finance sees the credit note for the cancellation and what is left to pay.
        browser.login("uni.finance");
        browser.go("/finance/reconciliation");
        String row = Scenario.VERKSTAD + "/" + agreement;
        // 37 500 invoiced less the credit note's 9 375 (the cancelled seat's price, keeping its 7 500 fee, with VAT).
        browser.refreshUntil(
                () -> browser.has(By.cssSelector("g[data-row='" + row + "'] rect[data-kind=open]"))
                        && browser.amount(By.cssSelector("g[data-row='" + row + "'] rect[data-kind=open]"))
                                        .compareTo(new BigDecimal("28125.00"))
                                == 0,
                Duration.ofSeconds(60));

        // The bank's camt.054 pays what is left; the import says what it did; the chart moves to paid.
        Path camt = DOWNLOADS.resolve("camt-" + code + ".xml");
        Files.writeString(
                camt,
                BankFiles.camt054(
                        LocalDate.now(),
                        List.of(new BankFiles.Incoming("B-" + code, ocr, "28125.00", "Verkstadsbolaget Nord AB"))));
        browser.go("/finance/payments");
        browser.upload("file", camt);
        browser.click("Läs in filen").waitForText("Filen är inläst");
        assertThat(browser.text(By.id("import-result"))).contains("1 inbetalningar lästa: 1 kopplade");
        browser.go("/finance/reconciliation");
        assertThat(browser.amount(By.cssSelector("g[data-row='" + row + "'] rect[data-kind=open]")))
                .isZero();
        assertThat(browser.amount(By.cssSelector("g[data-row='" + row + "'] rect[data-kind=paid]")))
                .isEqualByComparingTo("28125.00");
        assertThat(browser.width(By.cssSelector("g[data-row='" + row + "'] rect[data-kind=open]")))
                .isZero();
        assertThat(browser.width(By.cssSelector("g[data-row='" + row + "'] rect[data-kind=paid]")))
                .isPositive();
        checked("finance-reconciliation");

        // The university reports the result of the one who took the course, in the occasion's results form.
        browser.login("uni.admin").go("/university/occasions/" + occasion + "/completion");
        String astrid = browser.attribute(By.xpath("//th[contains(., 'Lind, Astrid')]/input[@name='row']"), "value");
        browser.select("outcome-" + astrid, "COMPLETED")
                .type("credits-" + astrid, "7,5")
                .type("grade-" + astrid, "VG");
        browser.click("Rapportera resultaten").waitForText("Resultaten är rapporterade");
        assertThat(browser.main()).contains("Lind, Astrid").contains("7,5 hp, VG");

        // HR's report shows the credits and what the training cost.
        browser.login("hr.admin").go("/hr/report");
        WebElement report = browser.waitFor(By.xpath("//tbody[tr/th[contains(., 'Lind, Astrid')]]"));
        assertThat(report.getText())
                .contains(code)
                .contains("Genomförd")
                .contains("7,5 hp, VG")
                .contains("15 000,00 kr")
                // Each seat's cost centre and order number, for HR's own follow-up.
                .contains("KS-" + code)
                .contains("PO-" + code);
        checked("hr-report");

        // The university's follow-up of the year counts the course's participants, naming none of them.
        browser.login("uni.admin").go("/statistics?year=" + start.getYear() + "&by=COURSE");
        WebElement followUp =
                browser.waitFor(By.xpath("//table[@id='statistics-table']//tr[th[contains(., '" + code + "')]]"));
        // Three ordered, Astrid confirmed and completed with 7.5 credits, Bertil cancelled, Cecilia rejected.
        // No evaluation yet (the occasion has not ended). And the money: 37 500 invoiced less the 9 375 credited, all
        // of it paid.
        assertThat(followUp.findElements(By.tagName("td")))
                .extracting(cell -> cell.getText().replace('\u00a0', ' '))
                .containsExactly(
                        "3", "1", "1", "0", "1", "1", "7,5 hp", "100 %", "–", "–", "28 125,00 kr", "28 125,00 kr");
        assertThat(browser.main()).doesNotContain("Astrid").doesNotContain("Lind");
        checked("university-statistics");
        // Per learning path, the same figures are added up over each path's courses.
        browser.select("by", "LEARNING_PATH").click(By.cssSelector("form.filters button[type=submit]"));
        browser.waitFor(By.xpath("//select[@id='by']/option[@value='LEARNING_PATH' and @selected]"));
        checked("university-statistics-paths");
    }

    /** The queue's checkbox of the participant named. */
    private static By rowBox(String givenName) {
        return By.xpath(
                "//tr[td/label[starts-with(normalize-space(), '" + givenName + " ')]]//input[@type='checkbox']");
    }
}
