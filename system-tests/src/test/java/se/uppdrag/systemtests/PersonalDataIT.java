package se.uppdrag.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppdrag.testsupport.TestKafka;

/**
 * Personal identity numbers go where they are needed (the university's participant list, for credits) and nowhere
 * else: after orders carrying them are placed, confirmed, substituted, completed and invoiced, none shows in any
 * service's log or in any record on any topic.
 */
class PersonalDataIT {

    @Test
    void no_personal_identity_number_reaches_a_log_or_a_topic() {
        RunningPlatform platform = Scenario.platform();
        String occasion = Scenario.publishedOccasion(
                "PIN" + Scenario.suffix(), LocalDate.now().plusDays(40));
        String agreement = Scenario.signedAgreement(Scenario.VERKSTAD, Scenario.courseOf(occasion));
        List<String> pins = new ArrayList<>();
        List<Map<String, String>> participants = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String pin = OrderFlow.personalIdentityNumber(900_000 + i);
            pins.add(pin);
            participants.add(Map.of(
                    "givenName",
                    "Pia",
                    "familyName",
                    "Nummer" + i,
                    "email",
                    "pia" + i + "@staff.example",
                    "employeeNumber",
                    "PIN-" + Scenario.suffix() + i,
                    "personalIdentityNumber",
                    pin));
        }
        // Retried until enrolment has heard of the agreement and the occasion: they reach it as events.
        JsonPath order = Scenario.orderOf(Scenario.VERKSTAD, agreement, occasion, participants);
        String employer = KeycloakTokens.employer(Scenario.VERKSTAD);
        String university = KeycloakTokens.university(Scenario.KUSTLAND);
        for (int i = 0; i < 3; i++) {
            Scenario.as(university, "enrolment")
                    .post("/enrolments/{id}/confirm", order.getString("enrolments[" + i + "].id"))
                    .then()
                    .statusCode(200);
        }
        String substitutePin = OrderFlow.personalIdentityNumber(900_100);
        pins.add(substitutePin);
        Scenario.as(employer, "enrolment")
                .contentType("application/json")
                .body(Map.of(
                        "participant",
                        Map.of(
                                "givenName",
                                "Per",
                                "familyName",
                                "Ersättare",
                                "email",
                                "per@staff.example",
                                "employeeNumber",
                                "PIN-S" + Scenario.suffix(),
                                "personalIdentityNumber",
                                substitutePin)))
                .post("/enrolments/{id}/substitute", order.getString("enrolments[2].id"))
                .then()
                .statusCode(200);
        Scenario.as(university, "enrolment")
                .contentType("application/json")
                .body(Map.of("creditsAwarded", 7.5, "grade", "G"))
                .post("/enrolments/{id}/complete", order.getString("enrolments[0].id"))
                .then()
                .statusCode(200);
        // The university sees them where credits are reported: they were kept, so there was something to leak.
        String list = Scenario.as(university, "enrolment")
                .get("/occasions/{id}/enrolments", occasion)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(list).contains(pins.get(0));
        Scenario.invoiceOf(KeycloakTokens.finance(Scenario.KUSTLAND), order.getString("id"));

        // The invoice is out, so every event of the story has been published and consumed (and logged, if at all).
        assertThat(PersonalData.findings(pins, Path.of("target", "platform"), TestKafka.bootstrapServers()))
                .isEmpty();
        assertThat(platform.count(
                        "enrolment",
                        "select count(*) from enrolment where personal_identity_number is not null "
                                + "and order_id = ?",
                        UUID.fromString(order.getString("id"))))
                .isGreaterThanOrEqualTo(3);
    }
}
