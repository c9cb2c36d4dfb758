package se.uppdrag.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppdrag.client.enrolment.ApiClient;
import se.uppdrag.client.enrolment.ApiException;
import se.uppdrag.client.enrolment.api.OrdersApi;
import se.uppdrag.client.enrolment.model.EnrolmentView;
import se.uppdrag.client.enrolment.model.OrderRequest;
import se.uppdrag.client.enrolment.model.OrderView;
import se.uppdrag.client.enrolment.model.Participant;
import se.uppdrag.client.enrolment.model.Purpose;

/**
 * The enrolment service as a client author meets it: a Java client generated from its OpenAPI document (by
 * openapi-generator, in this module's build) places an order and reads it back, and hears a refusal as the document
 * says it will.
 */
class GeneratedClientIT {

    @Test
    void an_order_placed_and_read_through_the_client_generated_from_the_document() throws ApiException {
        RunningPlatform platform = Scenario.platform();
        String occasion = Scenario.publishedOccasion(
                "GEN" + Scenario.suffix(), LocalDate.now().plusDays(30));
        String agreement = Scenario.signedAgreement(Scenario.VERKSTAD, Scenario.courseOf(occasion));
        OrdersApi orders = new OrdersApi(client(platform, KeycloakTokens.employer(Scenario.VERKSTAD)));

        OrderRequest request = new OrderRequest()
                .agreementId(UUID.fromString(agreement))
                .occasionId(UUID.fromString(occasion))
                .purpose(Purpose.STAFF_TRAINING)
                .participants(List.of(participant("Greta"), participant("Gustav")));
        String idempotencyKey = UUID.randomUUID().toString();
        OrderView[] placing = new OrderView[1];
        // Until enrolment has heard of the new agreement and occasion (events), it refuses; the key makes retries safe.
        await().atMost(Scenario.EVENTUALLY)
                .ignoreException(ApiException.class)
                .until(() -> (placing[0] = orders.place(idempotencyKey, request)) != null);
        OrderView placed = placing[0];

        OrderView read = orders.getOrder(placed.getId());
        assertThat(read.getId()).isEqualTo(placed.getId());
        assertThat(read.getOccasionId()).hasToString(occasion);
        assertThat(read.getEnrolments())
                .extracting(e -> e.getParticipant().getGivenName())
                .containsExactlyInAnyOrder("Greta", "Gustav");
        for (EnrolmentView enrolment : read.getEnrolments()) {
            assertThat(enrolment.getPrice().getAmount())
                    .as("money is a string amount")
                    .matches("\\d+\\.\\d{2}");
        }

        OrdersApi stranger = new OrdersApi(client(platform, KeycloakTokens.employer(Scenario.AGENCY)));
        assertThatThrownBy(() -> stranger.getOrder(placed.getId()))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    }

    private static ApiClient client(RunningPlatform platform, String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(platform.url("enrolment"));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private static Participant participant(String givenName) {
        return new Participant()
                .givenName(givenName)
                .familyName("Generated")
                .email(givenName.toLowerCase() + "." + Scenario.suffix() + "@verkstad.example")
                .employeeNumber("G-" + givenName);
    }
}
