package se.uppdrag.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.uppdrag.testsupport.TestMail;

/**
 * A course evaluated after it ended, through the built platform and the browser: the university adds a question of
 * its own on the evaluation page; the occasion ends and each participant's mailbox gets a personal link; the first
 * answers on the public page without an account, and the link is refused the second time; the results stay hidden
 * until the fifth answer, then the university sees averages and comments and HR the averages for its staff.
 */
class EvaluationStoryIT extends BrowserStory {

    private static final Pattern LINK = Pattern.compile("/evaluations/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");

    @Test
    void participants_evaluate_an_ended_course_once_each_and_results_show_from_the_fifth_answer() throws Exception {
        String code = "EV" + Scenario.suffix();
        String occasion = Scenario.publishedOccasion(code, LocalDate.now().plusDays(30));
        String course = Scenario.courseOf(occasion);
        String agreement = Scenario.signedAgreement(Scenario.KUSTLAND, Scenario.VERKSTAD, course, 20, true);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            names.add("Eva" + i + "x" + Scenario.suffix());
        }
        JsonPath order = Scenario.order(Scenario.VERKSTAD, agreement, occasion, names);

        // The university adds its own question on the occasion's evaluation page.
        browser.login("uni.admin").go("/university/occasions/" + occasion);
        browser.click("Kursvärdering");
        browser.waitForText("Ingen är inbjuden ännu");
        browser.type("text", "Hur väl fungerade labbarna?");
        browser.click(By.cssSelector("form[action$='/evaluation/questions'] button[type=submit]"));
        browser.waitForText("Frågan är tillagd");
        checked("university-evaluation-before");

        // The occasion ends (the university moves it into the past): everyone who took part is invited.
        Scenario.as(KeycloakTokens.university(Scenario.KUSTLAND), "catalogue")
                .contentType("application/json")
                .body(Map.of(
                        "startDate", LocalDate.now().minusDays(40).toString(),
                        "endDate", LocalDate.now().minusDays(2).toString(),
                        "orderDeadline", LocalDate.now().minusDays(47).toString()))
                .patch("/occasions/{id}", occasion)
                .then()
                .statusCode(200);
        List<String> tokens = new ArrayList<>();
        for (String name : names) {
            String address = name.toLowerCase(Locale.ROOT) + "@staff.example";
            await().atMost(Scenario.EVENTUALLY)
                    .until(() -> evaluationMail(address).isPresent());
            String text = TestMail.part(evaluationMail(address).orElseThrow(), "text/plain")
                    .orElseThrow();
            Matcher link = LINK.matcher(text);
            assertThat(link.find()).as("a personal link in %s", text).isTrue();
            tokens.add(link.group(1));
        }
        assertThat(tokens).doesNotHaveDuplicates();

        // The first participant answers on the public page, without an account.
        browser.forgetEveryone().go("/evaluations/" + tokens.get(0));
        browser.waitForText("Hur nöjd är du med kursen som helhet?");
        assertThat(browser.main()).contains("Hur väl fungerade labbarna?", "anonyma", code);
        checked("evaluation-form");
        browser.click(By.cssSelector("form[action^='/evaluations/'] button[type=submit]"));
        browser.waitForText("Välj ett svar från 1 till 5.");
        checked("evaluation-form-errors");
        for (String question : List.of("overall", "relevance", "teaching", "organisation")) {
            browser.check(By.id("q-" + question + "-5"));
        }
        browser.type("comment", "Labbarna på riktiga produktionsdata var bäst.");
        browser.click(By.cssSelector("form[action^='/evaluations/'] button[type=submit]"));
        browser.waitForText("Tack för dina svar!");
        checked("evaluation-thanks");
        browser.go("/evaluations/" + tokens.get(0));
        browser.waitForText("Kursvärderingen är redan besvarad");

        // Three more answer; four are too few to show anything.
        for (int i = 1; i < 4; i++) {
            answer(tokens.get(i), 4, null);
        }
        browser.login("uni.admin").go("/occasions/" + occasion + "/evaluation");
        browser.waitForText("4 av 5 inbjudna har svarat");
        assertThat(browser.main()).contains("För få svar för att visa").doesNotContain("Labbarna på riktiga");

        answer(tokens.get(4), 3, "Mer tid till projektet");
        browser.go("/occasions/" + occasion + "/evaluation");
        browser.waitForText("5 av 5 inbjudna har svarat");
        String results = browser.main();
        assertThat(results)
                .contains("Hur nöjd är du med kursen som helhet?", "4,2", "Hur väl fungerade labbarna?")
                .contains("Labbarna på riktiga produktionsdata var bäst.", "Mer tid till projektet")
                .doesNotContain("För få svar");
        checked("university-evaluation-results");

        browser.login("hr.admin").go("/orders/" + order.getString("id"));
        browser.click("Kursvärdering");
        browser.waitForText("5 av 5 inbjudna har svarat");
        assertThat(browser.main()).contains("4,2").doesNotContain("Mer tid till projektet");
    }

    private static Optional<MimeMessage> evaluationMail(String address) {
        return TestMail.to(address).stream()
                .filter(m -> TestMail.subject(m).startsWith("Hur var"))
                .findFirst();
    }

    /** Answers through the enrolment service's public endpoint, as the page does. */
    private static void answer(String token, int overall, String comment) {
        Map<String, Object> body =
                new HashMap<>(Map.of("overall", overall, "relevance", 4, "teaching", 4, "organisation", 4));
        if (comment != null) {
            body.put("comment", comment);
        }
        given().baseUri(Scenario.platform().url("enrolment"))
                .contentType("application/json")
                .body(body)
                .post("/evaluations/{token}", token)
                .then()
                .statusCode(204);
    }
}
