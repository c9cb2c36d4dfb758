package se.uppdrag.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.uppdrag.testsupport.Topics;

/**
 * One order followed through the services in one trace: the request's trace context (W3C traceparent, as a browser,
 * the portal or a gateway sends it) goes with every event the order causes, through each consumer, to the invoice
 * issued for it; and the services export their spans to the collector they are given.
 */
class TracingIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void the_order_request_and_the_invoice_issued_for_it_share_one_trace() {
        RunningPlatform platform = Scenario.platform();
        String occasion = Scenario.publishedOccasion(
                Scenario.KUSTLAND, "TRC" + Scenario.suffix(), LocalDate.now().plusDays(30), 20);
        String agreement =
                Scenario.signedAgreement(Scenario.KUSTLAND, Scenario.VERKSTAD, Scenario.courseOf(occasion), 10, true);
        String traceId = hex(16);
        int exportsBefore = TraceCollector.get().exports();

        String order = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> given().baseUri(platform.url("enrolment"))
                                .auth()
                                .oauth2(KeycloakTokens.employer(Scenario.VERKSTAD))
                                .header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                                .header("Idempotency-Key", "trace-" + traceId)
                                .contentType("application/json")
                                .body(Map.of(
                                        "agreementId",
                                        agreement,
                                        "occasionId",
                                        occasion,
                                        "purpose",
                                        "STAFF_TRAINING",
                                        "participants",
                                        List.of(Map.of(
                                                "givenName",
                                                "Spår",
                                                "familyName",
                                                "Följd",
                                                "email",
                                                "spar@verkstad.example",
                                                "employeeNumber",
                                                "T-" + traceId))))
                                .post("/orders")
                                .then()
                                .extract()
                                .path("id"),
                        id -> id != null);

        // Enrolment's events of the order, each consumer's effects and the invoice: all in the request's trace.
        // (Other tests leave poison on the topics: only records naming the order are read as events.)
        List<ConsumerRecord<String, String>> enrolments = Topics.await(
                "enrolment.enrolments",
                r -> names(r, order)
                        && order.equals(Topics.json(r).at("/payload/orderId").asText()),
                2,
                Duration.ofSeconds(30));
        assertThat(enrolments).allSatisfy(r -> assertThat(traceOf(r)).isEqualTo(traceId));
        ConsumerRecord<String, String> issued = Topics.await(
                        "invoicing.invoices",
                        r -> "InvoiceIssued".equals(Topics.header(r, "event-type"))
                                && names(r, order)
                                && order.equals(
                                        Topics.json(r).at("/payload/orderId").asText()),
                        1,
                        Duration.ofSeconds(60))
                .get(0);
        assertThat(traceOf(issued)).isEqualTo(traceId);
        await().atMost(Duration.ofSeconds(30)).until(() -> TraceCollector.get().exports() > exportsBefore);
    }

    private static boolean names(ConsumerRecord<String, String> record, String order) {
        return record.value() != null && record.value().contains(order);
    }

    /** The trace id of a record's traceparent header (version-traceid-spanid-flags). */
    private static String traceOf(ConsumerRecord<String, String> record) {
        String traceparent = Topics.header(record, "traceparent");
        assertThat(traceparent)
                .as("traceparent of %s", Topics.header(record, "event-type"))
                .isNotNull();
        return traceparent.split("-")[1];
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
