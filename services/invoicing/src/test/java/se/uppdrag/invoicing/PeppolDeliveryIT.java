package se.uppdrag.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static se.uppdrag.invoicing.InvoicingFacts.KUSTLAND;
import static se.uppdrag.invoicing.InvoicingFacts.VERKSTAD;
import static se.uppdrag.invoicing.InvoicingFacts.cancelled;
import static se.uppdrag.invoicing.InvoicingFacts.enrolment;
import static se.uppdrag.invoicing.InvoicingFacts.ofOrder;
import static se.uppdrag.invoicing.InvoicingFacts.send;
import static se.uppdrag.testsupport.Api.as;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import se.uppdrag.peppolreceiver.LocalAccessPoint;
import se.uppdrag.testsupport.PeppolRules;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.TestTokens;

/**
 * Invoices and credit notes delivered over Peppol AS4 to a real receiving access point (phase4's, in the test JVM,
 * under a test PKI): once each, also when the receiver was down and came back, when the outcome of a send was lost,
 * and when finance sends a given-up delivery again.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(value = PeppolReceiverResource.class, restrictToAnnotatedClass = true)
class PeppolDeliveryIT {

    private static final String FINANCE = TestTokens.finance(KUSTLAND);

    @Inject
    InvoicingFacts facts;

    @Inject
    TestSql sql;

    @Test
    void an_invoice_and_its_credit_note_reach_the_buyers_access_point_once_each() throws Exception {
        UUID order = UUID.randomUUID();
        ObjectNode seat = confirmedSeat(order);
        JsonPath invoice = delivered(
                "/invoices/{id}", facts.awaitInvoices(FINANCE, order, 1).getString("items[0].id"));

        String messageId = invoice.getString("delivery.messageId");
        assertThat(invoice.getString("delivery.receiver")).isEqualTo("0007:" + VERKSTAD);
        assertThat(invoice.getInt("delivery.attempts")).isEqualTo(1);
        LocalAccessPoint.Received received = only(messageId);
        assertThat(received.sender()).isEqualTo("0007:" + KUSTLAND);
        assertThat(received.receiver()).isEqualTo("0007:" + VERKSTAD);
        assertThat(received.documentType()).isEqualTo("Invoice");
        // What arrived is the e-invoice as issued, and it passes the official rules.
        String document = receivedDocument(messageId);
        String ubl = document.substring(document.indexOf("<Invoice"), document.indexOf("</Invoice>") + 10);
        assertThat(ubl).contains("<cbc:ID>" + invoice.getString("number") + "</cbc:ID>");
        assertThat(PeppolRules.errors(ubl)).isEmpty();
        // The buyer sees that it was delivered too.
        as(TestTokens.employer(VERKSTAD))
                .get("/invoices/{id}", invoice.getString("id"))
                .then()
                .statusCode(200)
                .body("delivery.status", equalTo("DELIVERED"));

        send(cancelled(seat, "0.00"));
        String noteId = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> sql.string(
                                "select cast(id as varchar) from invoice where credited_invoice_id = ?",
                                UUID.fromString(invoice.getString("id"))),
                        id -> id != null);
        JsonPath note = delivered("/credit-notes/{id}", noteId);
        assertThat(only(note.getString("delivery.messageId")).documentType()).isEqualTo("CreditNote");
    }

    @Test
    void a_receiver_that_is_down_gets_the_invoice_once_when_it_comes_back() throws Exception {
        // Tried, failed, waiting to be tried again: finance sees why.
        String id = issuedWhileTheReceiverIsDown(i -> i.getInt("delivery.attempts") >= 2);
        JsonPath waiting = invoice("/invoices/{id}", id);
        assertThat(waiting.getString("delivery.lastError")).isNotBlank();
        JsonPath invoice = delivered("/invoices/{id}", id);
        only(invoice.getString("delivery.messageId"));
    }

    @Test
    void a_send_whose_outcome_was_lost_is_recognised_by_the_receiver_and_not_kept_twice() {
        UUID order = UUID.randomUUID();
        confirmedSeat(order);
        String id = facts.awaitInvoices(FINANCE, order, 1).getString("items[0].id");
        String messageId = delivered("/invoices/{id}", id).getString("delivery.messageId");
        // As if the service had died after the receiver took the document but before the outcome was recorded.
        sql.update(
                "update delivery set status = 'PENDING', delivered_at = null, next_attempt_at = now() where document_id = ?",
                UUID.fromString(id));

        JsonPath again = delivered("/invoices/{id}", id);
        assertThat(again.getInt("delivery.attempts")).isEqualTo(2);
        only(messageId);
    }

    @Test
    void finance_sends_a_given_up_delivery_again_and_only_its_own() throws Exception {
        String id = issuedWhileTheReceiverIsDown(i -> "FAILED".equals(i.getString("delivery.status")));
        assertThat(invoice("/invoices/{id}", id).getInt("delivery.attempts")).isEqualTo(3);
        // Finance finds the given-up ones among all its invoices.
        as(FINANCE)
                .queryParam("delivery", "FAILED")
                .get("/invoices")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.delivery.status", everyItem(equalTo("FAILED")));
        as(FINANCE)
                .queryParam("delivery", "LOST")
                .get("/invoices")
                .then()
                .statusCode(400)
                .contentType(containsString("problem+json"));
        as(TestTokens.finance(InvoicingFacts.NORRDAL))
                .post("/invoices/{id}/delivery/retry", id)
                .then()
                .statusCode(404)
                .contentType(containsString("problem+json"));
        as(TestTokens.employer(VERKSTAD))
                .post("/invoices/{id}/delivery/retry", id)
                .then()
                .statusCode(403);
        as(FINANCE)
                .post("/invoices/{id}/delivery/retry", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("attempts", equalTo(0));
        JsonPath invoice = delivered("/invoices/{id}", id);
        only(invoice.getString("delivery.messageId"));
        // Delivered is delivered: not sent again.
        as(FINANCE)
                .post("/invoices/{id}/delivery/retry", id)
                .then()
                .statusCode(409)
                .contentType(containsString("problem+json"));
    }

    /**
     * An invoice issued while the buyers' access point is down, once its delivery is as the condition says; the access
     * point is up again when this returns.
     */
    private String issuedWhileTheReceiverIsDown(Predicate<JsonPath> until) throws Exception {
        PeppolReceiverResource.stopReceiver();
        try {
            UUID order = UUID.randomUUID();
            confirmedSeat(order);
            String id = facts.awaitInvoices(FINANCE, order, 1).getString("items[0].id");
            JsonPath reached = await().atMost(Duration.ofSeconds(40)).until(() -> invoice("/invoices/{id}", id), until);
            if (reached.getString("delivery.status").equals("DELIVERED")) {
                throw new AssertionError("delivered while the receiver was down");
            }
            return id;
        } finally {
            PeppolReceiverResource.startReceiver();
        }
    }

    private ObjectNode confirmedSeat(UUID order) {
        UUID agreement = facts.agreement(VERKSTAD, "PRIVATE", "CONFIRMATION");
        ObjectNode seat = ofOrder(1, enrolment("EnrolmentConfirmed", agreement, order, VERKSTAD, "CONFIRMED"));
        send(seat);
        return seat;
    }

    private static JsonPath invoice(String path, String id) {
        return as(FINANCE).get(path, id).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath delivered(String path, String id) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> invoice(path, id), i -> "DELIVERED".equals(i.getString("delivery.status")));
    }

    /** The receiver has the document of this message, once. */
    private static LocalAccessPoint.Received only(String messageId) {
        List<LocalAccessPoint.Received> copies = PeppolReceiverResource.receiver().received().stream()
                .filter(r -> r.instanceIdentifier().equals(messageId))
                .toList();
        assertThat(copies).as("documents received under %s", messageId).hasSize(1);
        return copies.get(0);
    }

    private static String receivedDocument(String messageId) throws Exception {
        LocalAccessPoint receiver = PeppolReceiverResource.receiver();
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + receiver.port() + "/received/" + messageId))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
