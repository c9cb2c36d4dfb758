package se.uppdrag.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.uppdrag.testsupport.TestMail;

/**
 * A participant hears from the platform through the whole built platform: the university confirms the seat in the
 * browser and the participant's mailbox holds a calendar invitation at the occasion's days, which HR's order page
 * says went out; HR cancels and the same event is cancelled. And a mail whose service was killed after the change
 * committed, while the mail server was away, arrives once when both are back (one Message-ID, one mail).
 */
class ParticipantMailStoryIT extends BrowserStory {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    @Test
    void a_confirmed_participant_gets_the_invitation_and_its_cancellation_in_the_mailbox() throws Exception {
        String code = "ML" + Scenario.suffix();
        LocalDate start = LocalDate.now().plusDays(45);
        String occasion = Scenario.publishedOccasion(code, start);
        String agreement = Scenario.signedAgreement(Scenario.VERKSTAD, Scenario.courseOf(occasion));
        String name = "Maja" + Scenario.suffix();
        String address = name.toLowerCase(Locale.ROOT) + "@staff.example";
        JsonPath order = Scenario.order(Scenario.VERKSTAD, agreement, occasion, List.of(name));
        String orderId = order.getString("id");
        String seat = order.getString("enrolments[0].id");

        // The university confirms the seat on the order's page.
        browser.login("uni.admin").go("/orders/" + orderId);
        browser.click(By.cssSelector("form[action$='/enrolments/" + seat + "/confirm'] button"));
        browser.waitForText("Bekräftad");

        MimeMessage invitation = TestMail.awaitTo(address, 1).get(0);
        assertThat(TestMail.subject(invitation)).contains("är bekräftad", code);
        assertThat(TestMail.from(invitation)).startsWith("Kustlands högskola via Uppdrag");
        VEvent event = event(TestMail.calendar(invitation), "REQUEST");
        assertThat(value(event, Property.UID)).isEqualTo(seat + "@uppdrag.localhost");
        assertThat(value(event, Property.DTSTART)).isEqualTo(DAY.format(start));
        assertThat(value(event, Property.DTEND)).isEqualTo(DAY.format(start.plusDays(61)));
        assertThat(value(event, Property.ATTENDEE)).isEqualTo("mailto:" + address);

        // HR sees that the invitation went out.
        browser.login("hr.admin").go("/orders/" + orderId);
        await().atMost(Scenario.EVENTUALLY).until(() -> {
            browser.go("/orders/" + orderId);
            return browser.main().contains("Kalenderinbjudan skickad");
        });
        checked("hr-order-mail-sent");

        Scenario.as(KeycloakTokens.employer(Scenario.VERKSTAD), "enrolment")
                .contentType("application/json")
                .body(Map.of("reason", "Needed at the plant"))
                .post("/enrolments/{id}/cancel", seat)
                .then()
                .statusCode(200);

        MimeMessage cancellation = TestMail.awaitTo(address, 2).get(1);
        VEvent cancelled = event(TestMail.calendar(cancellation), "CANCEL");
        assertThat(value(cancelled, Property.UID)).isEqualTo(seat + "@uppdrag.localhost");
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
    }

    @Test
    void a_mail_committed_before_its_service_was_killed_is_delivered_once_when_service_and_mail_server_are_back() {
        String code = "MK" + Scenario.suffix();
        String occasion = Scenario.publishedOccasion(code, LocalDate.now().plusDays(45));
        String agreement = Scenario.signedAgreement(Scenario.VERKSTAD, Scenario.courseOf(occasion));
        String name = "Kim" + Scenario.suffix();
        String address = name.toLowerCase(Locale.ROOT) + "@staff.example";
        JsonPath order = Scenario.order(Scenario.VERKSTAD, agreement, occasion, List.of(name));
        String orderId = order.getString("id");
        String seat = order.getString("enrolments[0].id");
        RunningPlatform platform = Scenario.platform();

        TestMail.stop();
        try {
            Scenario.as(KeycloakTokens.university(Scenario.KUSTLAND), "enrolment")
                    .post("/enrolments/{id}/confirm", seat)
                    .then()
                    .statusCode(200);
            // The confirmation committed with its mail; sending it fails while the server is away.
            await().atMost(Scenario.EVENTUALLY).until(() -> mailOf(orderId).get("problem") != null);
            assertThat(mailOf(orderId)).containsEntry("status", "PENDING");
            platform.kill("enrolment");
        } finally {
            TestMail.start();
        }
        platform.restart("enrolment");

        await().atMost(Scenario.EVENTUALLY)
                .until(() -> "SENT".equals(mailOf(orderId).get("status")));
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
        List<MimeMessage> received = TestMail.to(address);
        assertThat(received).as("one mail, sent once").hasSize(1);
        assertThat(TestMail.subject(received.get(0))).contains("är bekräftad", code);
    }

    @Test
    void hr_keeps_its_notification_address_in_the_portal_and_hears_there_of_an_agreement_to_answer() {
        String address = "avtal" + Scenario.suffix() + "@verkstad.example";
        browser.login("hr.admin").go("/notifications");
        browser.waitForText("Vart plattformen skickar meddelanden");
        browser.type("employer", "not an address");
        browser.click(By.cssSelector("form[action='/notifications'] button[type=submit]"));
        browser.waitFor(By.cssSelector("[aria-invalid=true]"));
        checked("notifications-errors");
        browser.type("employer", address);
        browser.click(By.cssSelector("form[action='/notifications'] button[type=submit]"));
        browser.waitForText("Adresserna för aviseringar är sparade");
        checked("notifications");

        String occasion = Scenario.publishedOccasion(
                "NT" + Scenario.suffix(), LocalDate.now().plusDays(45));
        String agreement = Scenario.signedAgreement(Scenario.VERKSTAD, Scenario.courseOf(occasion));

        // Other stories' proposals to the same employer may come too: this one's notice is among them.
        await().atMost(Scenario.EVENTUALLY)
                .until(() -> TestMail.to(address).stream()
                        .anyMatch(m ->
                                TestMail.part(m, "text/plain").orElseThrow().contains("/agreements/" + agreement)));
        assertThat(TestMail.subject(TestMail.to(address).get(0)))
                .isEqualTo("Avtalsförslag från Kustlands högskola att svara på");
    }

    private static Map<String, Object> mailOf(String orderId) {
        Map<String, Object> mail = Scenario.as(KeycloakTokens.employer(Scenario.VERKSTAD), "enrolment")
                .get("/orders/{id}", orderId)
                .then()
                .statusCode(200)
                .extract()
                .path("enrolments[0].mail");
        return mail == null ? Map.of() : mail;
    }

    private static VEvent event(Calendar calendar, String method) {
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo(method);
        return calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}
