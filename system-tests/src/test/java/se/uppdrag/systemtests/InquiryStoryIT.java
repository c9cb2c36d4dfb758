package se.uppdrag.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.uppdrag.testsupport.TestDatabase;

/**
 * A tailored course commissioned in the browser, by one employer from two universities: HR writes an inquiry and
 * sends it to both; one university asks a question, HR answers it for all; the other first declines with a referral,
 * then thinks again and offers; offers stay sealed until the deadline; after it HR compares them side by side,
 * downloads the procurement record, awards one and signs the agreement it became; the other university reads that it
 * was not chosen; HR orders a seat on the occasion the offer became, which no visitor and no search finds.
 */
class InquiryStoryIT extends BrowserStory {

    @Test
    void an_employer_asks_two_universities_compares_their_sealed_offers_and_awards_one_in_the_browser()
            throws Exception {
        String title = "Maskininlärning i produktionen " + Scenario.suffix();

        // HR writes the need and sends it to the two universities.
        browser.login("hr.admin").go("/inquiries/new");
        browser.type("title", title)
                .type("learningOutcomes", "Träna och utvärdera en klassificerare\nBedöma när en modell går att lita på")
                .type("subject", "Datavetenskap")
                .type("participants", "12")
                .type("place", "Umeå")
                .select("mode", "HYBRID")
                .type("budgetCeiling", "200 000")
                .type("procurement-reference", "HR-2027-14")
                .check(By.id("recipients-named"))
                .check(By.id("university-" + Scenario.KUSTLAND))
                .check(By.id("university-" + Scenario.NORRDAL));
        checked("hr-inquiry-form");
        browser.click(By.cssSelector("form[action='/inquiries'] button[type=submit]"));
        browser.waitForText("Förfrågan är sparad som utkast");
        String inquiry = browser.path().replaceAll("^/inquiries/([0-9a-f-]+).*$", "$1");
        browser.click(By.cssSelector("form[action$='/publish'] button"));
        browser.waitForText("Förfrågan är skickad till lärosätena");
        assertThat(browser.main()).contains("Öppen för anbud", "Kustlands högskola", "Norrdals universitet");

        // Kustland finds it in its inbox, asks a question and offers a new course at a price per participant.
        browser.login("uni.admin").go("/inquiries");
        browser.click(title);
        browser.type("question", "Kan kursen ges i två grupper om sex?");
        browser.click(By.cssSelector("form[action$='/questions'] button"));
        browser.waitForText("Frågan är skickad");
        browser.go("/inquiries/" + inquiry + "/offer");
        browser.check(By.id("courseChoice-new"))
                .type("course-newCourse-credits", "7,5")
                .select("course-newCourse-cycle", "FIRST")
                .select("price-basis", "PER_PARTICIPANT")
                .type("price-amount", "15 000")
                .type("message", "Halva kursen hos er i Umeå.");
        checked("university-offer-form");
        browser.click(By.cssSelector("form[action$='/offer'] button[type=submit]"));
        browser.waitForText("Anbudet är lämnat");
        assertThat(browser.main()).contains("180 000,00", "version 1");

        // HR answers; the offers are sealed, even from HR.
        browser.login("hr.admin").go("/inquiries/" + inquiry);
        assertThat(browser.main()).contains("Anbuden är förseglade").doesNotContain("180 000");
        String answerField = browser.attribute(By.cssSelector("form[action*='/answer'] textarea"), "id");
        browser.type(answerField, "Ja, två grupper passar oss bra.");
        browser.click(By.cssSelector("form[action*='/answer'] button"));
        browser.waitForText("Svaret är publicerat för alla mottagare");

        // Norrdal reads the answer (not who asked), declines with a referral, then offers the whole course after all.
        browser.login("uni2.admin").go("/inquiries/" + inquiry);
        assertThat(browser.main()).contains("Kan kursen ges i två grupper om sex?", "Ja, två grupper passar oss bra.");
        browser.click(By.cssSelector("details summary"));
        browser.type("declineReason", "Vi har inga lärare lediga under perioden")
                .select("referTo", Scenario.KUSTLAND);
        browser.click(By.cssSelector("form[action$='/decline'] button"));
        browser.waitForText("Ni har avböjt förfrågan");
        assertThat(browser.main()).contains("Hänvisar till Kustlands högskola");
        checked("university-declined");
        browser.go("/inquiries/" + inquiry + "/offer");
        browser.check(By.id("courseChoice-new"))
                .type("course-newCourse-credits", "7,5")
                .select("price-basis", "WHOLE_COURSE")
                .type("price-amount", "150 000");
        browser.click(By.cssSelector("form[action$='/offer'] button[type=submit]"));
        browser.waitForText("Anbudet är lämnat");
        assertThat(browser.main()).contains("12 500,00", "version 2");

        // The deadline passes (a week, in life; here the stored deadline is moved back).
        passDeadline(inquiry);

        // HR compares the two offers side by side, keeps the record, awards Norrdal and signs the agreement.
        browser.login("hr.admin").go("/hr");
        browser.click("Jämför anbuden och tilldela: " + title);
        browser.waitForText("Anbuden sida vid sida");
        String comparison = browser.text(By.cssSelector("table.comparison"));
        assertThat(comparison)
                .contains("Kustlands högskola", "15 000,00", "180 000,00")
                .contains("Norrdals universitet", "12 500,00", "150 000,00")
                .contains("7,5 hp");
        checked("hr-offer-comparison");
        browser.click(By.cssSelector("a[href$='/record.csv']"));
        Path record = browser.awaitDownload("upphandling-" + inquiry + ".csv", Duration.ofSeconds(20));
        List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Norrdals universitet", "150000.00"));
        browser.click(By.cssSelector("button[aria-label='Tilldela Norrdals universitet']"));
        browser.waitForText("Anbudet är tilldelat");
        assertThat(browser.main()).contains("Tilldelad");
        browser.click("Till avtalet");
        browser.waitForText("Avtalet väntar på er underskrift");
        assertThat(browser.main()).contains("Norrdals universitet", "12 500,00");
        browser.click(By.cssSelector("form[action$='/accept'] button"));
        browser.waitForText("Avtalet är undertecknat och gäller nu");
        String agreement = browser.path().replaceAll("^/agreements/([0-9a-f-]+).*$", "$1");

        // The offer's occasion is a closed occasion: HR orders a seat on it like on any other ...
        browser.go("/orders/new?agreement=" + agreement);
        browser.refreshUntil(By.cssSelector("a[href*='occasion=']"), Duration.ofSeconds(60));
        String occasion = browser.attribute(By.cssSelector("a[href*='occasion=']"), "href")
                .replaceAll("^.*occasion=([0-9a-f-]+).*$", "$1");
        assertThat(browser.main()).contains(title);
        browser.click(By.cssSelector("a[href*='occasion=" + occasion + "']"));
        browser.type("given-0", "Greta")
                .type("family-0", "Lund")
                .type("email-0", "greta.lund@verkstad.example")
                .type("employee-0", "T-" + Scenario.suffix());
        browser.click(By.cssSelector("button[name=action][value=order]"));
        browser.waitForText("Beställningen är mottagen");
        browser.go("/catalogue/occasions/" + occasion);
        assertThat(browser.main()).contains(title, "12 500,00");

        // ... and nobody else finds it: not a visitor, not the public search.
        browser.forgetEveryone().go("/catalogue/occasions/" + occasion);
        assertThat(browser.main()).doesNotContain(title);
        browser.go("/catalogue?q=" + title.replace(' ', '+'));
        assertThat(browser.main()).doesNotContain(title);
        Scenario.as(KeycloakTokens.employer("2321000016"), "catalogue")
                .get("/occasions/{id}", occasion)
                .then()
                .statusCode(404);

        // Kustland reads that its offer was not chosen.
        browser.login("uni.admin").go("/inquiries/" + inquiry);
        assertThat(browser.main()).contains("Inte valt", "Tilldelad");
    }

    /** Moves the inquiry's offer deadline into the past, as the week until it would. */
    private static void passDeadline(String inquiry) throws Exception {
        try (Connection c = DriverManager.getConnection(
                        Scenario.platform().jdbcUrl("partner-agreement"), TestDatabase.USER, TestDatabase.PASSWORD);
                PreparedStatement s = c.prepareStatement(
                        "update inquiry set offer_deadline = now() - interval '1 second' where id = ?")) {
            s.setObject(1, UUID.fromString(inquiry));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }
}
