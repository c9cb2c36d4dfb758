package se.uppdrag.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.uppdrag.invoicing.InvoicingFacts.AGENCY;
import static se.uppdrag.invoicing.InvoicingFacts.KUSTLAND;
import static se.uppdrag.invoicing.InvoicingFacts.NORRDAL;
import static se.uppdrag.invoicing.InvoicingFacts.REGION;
import static se.uppdrag.invoicing.InvoicingFacts.VERKSTAD;
import static se.uppdrag.invoicing.InvoicingFacts.cancelled;
import static se.uppdrag.invoicing.InvoicingFacts.completed;
import static se.uppdrag.invoicing.InvoicingFacts.confirmed;
import static se.uppdrag.invoicing.InvoicingFacts.enrolment;
import static se.uppdrag.invoicing.InvoicingFacts.send;
import static se.uppdrag.testsupport.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppdrag.invoicing.domain.OcrReference;
import se.uppdrag.invoicing.service.Overdue;
import se.uppdrag.testsupport.EventAssertions;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.TestTokens;
import se.uppdrag.testsupport.Topics;

/** Enrolment facts and agreement terms arrive on the real topics; invoices and credit notes come out. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class InvoicingIT {

    private static final String FINANCE = TestTokens.finance(KUSTLAND);

    @Inject
    TestSql sql;

    @Inject
    InvoicingFacts facts;

    @Inject
    Overdue overdue;

    @Test
    void confirmations_of_one_order_become_one_invoice_with_vat_ocr_and_due_date_and_are_billed_once() {
        UUID agreement = facts.agreement(VERKSTAD, "PRIVATE", "CONFIRMATION");
        UUID order = UUID.randomUUID();
        ObjectNode anna = enrolment("EnrolmentConfirmed", agreement, order, VERKSTAD, "CONFIRMED");
        ObjectNode erik = enrolment("EnrolmentConfirmed", agreement, order, VERKSTAD, "CONFIRMED");
        send(anna);
        send(erik);

        JsonPath invoice = facts.awaitInvoices(FINANCE, order, 1).setRootPath("items[0]");
        assertThat(invoice.getString("taxCategory")).isEqualTo("S");
        assertThat(invoice.getString("net.amount")).isEqualTo("30000.00");
        assertThat(invoice.getString("vat.amount")).isEqualTo("7500.00");
        assertThat(invoice.getString("total.amount")).isEqualTo("37500.00");
        assertThat(invoice.getList("lines")).hasSize(2);
        assertThat(OcrReference.isValid(invoice.getString("ocr"))).isTrue();
        assertThat(LocalDate.parse(invoice.getString("dueDate")))
                .isEqualTo(LocalDate.parse(invoice.getString("issueDate")).plusDays(30));
        assertThat(invoice.getString("number")).startsWith(KUSTLAND + "-");
        assertThat(invoice.getString("buyerReference")).isEqualTo("HR-4711");

        // The same event again, and a second confirmation of an invoiced enrolment, bill nothing more.
        send(anna);
        ObjectNode again = anna.deepCopy();
        again.put("eventId", UUID.randomUUID().toString());
        send(again);
        ObjectNode marker = enrolment("EnrolmentConfirmed", agreement, UUID.randomUUID(), VERKSTAD, "CONFIRMED");
        send(marker);
        facts.awaitInvoices(
                FINANCE, UUID.fromString(marker.at("/payload/orderId").asText()), 1);
        facts.awaitInvoices(FINANCE, order, 1);

        String id = invoice.getString("id");
        JsonNode event = EventAssertions.assertValidEvent(
                Topics.json(Topics.await("invoicing.invoices", Topics.keyed(id), 1, Duration.ofSeconds(20))
                        .get(0)));
        assertThat(event.get("type").asText()).isEqualTo("InvoiceIssued");
        assertThat(event.at("/payload/total/amount").asText()).isEqualTo("37500.00");

        as(TestTokens.employer(VERKSTAD)).get("/invoices/{id}", id).then().statusCode(200);
        as(TestTokens.finance(NORRDAL)).get("/invoices/{id}", id).then().statusCode(404);
        as(TestTokens.employer(AGENCY)).get("/invoices/{id}", id).then().statusCode(404);
        as(TestTokens.university(KUSTLAND)).get("/invoices/{id}", id).then().statusCode(403);
    }

    @Test
    void an_order_waits_for_its_pending_seats_to_be_decided_and_is_billed_on_one_invoice() {
        UUID agreement = facts.agreement(VERKSTAD, "PRIVATE", "CONFIRMATION");
        UUID order = UUID.randomUUID();
        ObjectNode first = enrolment("EnrolmentRequested", agreement, order, VERKSTAD, "PENDING");
        ObjectNode second = enrolment("EnrolmentRequested", agreement, order, VERKSTAD, "PENDING");
        send(first);
        send(second);
        send(confirmed(first));
        await().pollDelay(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).until(() -> true);
        assertThat(facts.invoiceCount(order)).isZero();

        send(confirmed(second));

        JsonPath invoice = facts.awaitInvoices(FINANCE, order, 1).setRootPath("items[0]");
        assertThat(invoice.getList("lines")).hasSize(2);
    }

    @Test
    void a_seat_of_an_order_of_known_size_is_waited_for_past_the_settle_pause() {
        // The consumer can fall behind, so one seat's events may come long after another's: the order said it named
        // two, so one confirmed seat is not billed alone after the one-second settle pause.
        UUID agreement = facts.agreement(VERKSTAD, "PRIVATE", "CONFIRMATION");
        UUID order = UUID.randomUUID();
        send(InvoicingFacts.ofOrder(2, enrolment("EnrolmentConfirmed", agreement, order, VERKSTAD, "CONFIRMED")));
        await().pollDelay(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).until(() -> true);
        assertThat(facts.invoiceCount(order)).isZero();

        send(InvoicingFacts.ofOrder(2, enrolment("EnrolmentConfirmed", agreement, order, VERKSTAD, "CONFIRMED")));

        assertThat(facts.awaitInvoices(FINANCE, order, 1).getList("items[0].lines"))
                .hasSize(2);
    }

    @Test
    void a_seat_completed_before_its_confirmation_was_billed_is_still_billed_once_as_the_terms_say() {
        for (String invoiceOn : new String[] {"CONFIRMATION", "COMPLETION"}) {
            UUID agreement = facts.agreement(VERKSTAD, "PRIVATE", invoiceOn);
            UUID order = UUID.randomUUID();
            ObjectNode confirmed = enrolment("EnrolmentConfirmed", agreement, order, VERKSTAD, "CONFIRMED");
            send(confirmed);
            send(completed(confirmed));

            JsonPath invoice = facts.awaitInvoices(FINANCE, order, 1).setRootPath("items[0]");
            assertThat(invoice.getList("lines")).as(invoiceOn).hasSize(1);
        }
    }

    @Test
    void a_state_agency_is_invoiced_outside_the_scope_of_vat() {
        UUID agreement = facts.agreement(AGENCY, "STATE_AGENCY", "CONFIRMATION");
        UUID order = UUID.randomUUID();
        send(enrolment("EnrolmentConfirmed", agreement, order, AGENCY, "CONFIRMED"));

        JsonPath invoice = facts.awaitInvoices(FINANCE, order, 1).setRootPath("items[0]");
        assertThat(invoice.getString("taxCategory")).isEqualTo("O");
        assertThat(invoice.getString("vat.amount")).isEqualTo("0.00");
        assertThat(invoice.getString("total.amount")).isEqualTo("15000.00");
    }

    @Test
    void a_late_cancellation_is_credited_keeping_the_fee_and_an_early_one_costs_only_its_fee() {
        UUID agreement = facts.agreement(VERKSTAD, "PRIVATE", "CONFIRMATION");
        UUID order = UUID.randomUUID();
        ObjectNode confirmed = enrolment("EnrolmentConfirmed", agreement, order, VERKSTAD, "CONFIRMED");
        send(confirmed);
        String invoiceId = facts.awaitInvoices(FINANCE, order, 1).getString("items[0].id");

        send(cancelled(confirmed, "7500.00"));

        JsonNode credit = EventAssertions.assertValidEvent(Topics.json(Topics.await(
                        "invoicing.invoices",
                        r -> r.key().equals(invoiceId) && r.value().contains("CreditNoteIssued"),
                        1,
                        Duration.ofSeconds(20))
                .get(0)));
        assertThat(credit.at("/payload/net/amount").asText()).isEqualTo("7500.00");
        assertThat(credit.at("/payload/vat/amount").asText()).isEqualTo("1875.00");
        String noteId = credit.at("/payload/creditNoteId").asText();
        as(FINANCE)
                .get("/credit-notes/{id}", noteId)
                .then()
                .statusCode(200)
                .body("creditedInvoice", equalTo(invoiceId))
                .body("kind", equalTo("CREDIT_NOTE"));
        as(FINANCE).get("/invoices/{id}", invoiceId).then().body("status", equalTo("OPEN"));
        // Finance finds it without knowing its id: by the invoice it credits, or by the order; so does the buyer.
        as(FINANCE)
                .queryParam("invoice", invoiceId)
                .get("/credit-notes")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(noteId))
                .body("items[0].net.amount", equalTo("7500.00"));
        as(FINANCE)
                .queryParam("order", order.toString())
                .get("/credit-notes")
                .then()
                .body("items.id", hasItem(noteId));
        as(TestTokens.employer(VERKSTAD))
                .queryParam("invoice", invoiceId)
                .get("/credit-notes")
                .then()
                .body("items.id", contains(noteId));
        as(TestTokens.finance(NORRDAL))
                .queryParam("invoice", invoiceId)
                .get("/credit-notes")
                .then()
                .body("total", equalTo(0));
        as(FINANCE)
                .queryParam("invoice", "not-a-uuid")
                .get("/credit-notes")
                .then()
                .statusCode(400);

        UUID freeOrder = UUID.randomUUID();
        ObjectNode freeCancel = enrolment("EnrolmentConfirmed", agreement, freeOrder, VERKSTAD, "CONFIRMED");
        send(freeCancel);
        String fullyCredited = facts.awaitInvoices(FINANCE, freeOrder, 1).getString("items[0].id");
        send(cancelled(freeCancel, "0.00"));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() ->
                        as(FINANCE).get("/invoices/{id}", fullyCredited).then().body("status", equalTo("CREDITED")));

        UUID completionAgreement = facts.agreement(VERKSTAD, "PRIVATE", "COMPLETION");
        UUID early = UUID.randomUUID();
        ObjectNode requested = enrolment("EnrolmentRequested", completionAgreement, early, VERKSTAD, "PENDING");
        send(requested);
        send(cancelled(requested, "3750.00"));
        JsonPath fee = facts.awaitInvoices(FINANCE, early, 1).setRootPath("items[0]");
        assertThat(fee.getString("net.amount")).isEqualTo("3750.00");
        assertThat(fee.getString("lines[0].kind")).isEqualTo("FEE");
    }

    @Test
    void on_completion_terms_bill_at_completion_not_confirmation() {
        UUID agreement = facts.agreement(VERKSTAD, "PRIVATE", "COMPLETION");
        UUID order = UUID.randomUUID();
        ObjectNode confirmed = enrolment("EnrolmentConfirmed", agreement, order, VERKSTAD, "CONFIRMED");
        send(confirmed);
        await().pollDelay(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).until(() -> true);
        assertThat(facts.invoiceCount(order)).isZero();

        send(completed(confirmed));
        facts.awaitInvoices(FINANCE, order, 1);
    }

    @Test
    void on_start_terms_bill_on_the_occasions_first_day() {
        UUID agreement = facts.agreement(VERKSTAD, "PRIVATE", "START");
        UUID startsToday = facts.occasion(LocalDate.now());
        UUID startsLater = facts.occasion(LocalDate.now().plusDays(30));
        UUID orderNow = UUID.randomUUID();
        UUID orderLater = UUID.randomUUID();
        ObjectNode now = enrolment("EnrolmentConfirmed", agreement, orderNow, VERKSTAD, "CONFIRMED");
        ((ObjectNode) now.get("payload")).put("occasionId", startsToday.toString());
        ObjectNode later = enrolment("EnrolmentConfirmed", agreement, orderLater, VERKSTAD, "CONFIRMED");
        ((ObjectNode) later.get("payload")).put("occasionId", startsLater.toString());
        send(now);
        send(later);

        facts.awaitInvoices(FINANCE, orderNow, 1);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> sql.count(
                                "select count(*) from billable where order_id = ? and due_moment = 'START' and due_since > now()",
                                orderLater)
                        == 1);
        assertThat(facts.invoiceCount(orderLater)).isZero();
    }

    @Test
    void an_open_invoice_past_its_due_date_becomes_overdue_once_with_an_event() {
        UUID agreement = facts.agreement(REGION, "MUNICIPALITY_OR_REGION", "CONFIRMATION");
        UUID order = UUID.randomUUID();
        send(enrolment("EnrolmentConfirmed", agreement, order, REGION, "CONFIRMED"));
        JsonPath invoice = facts.awaitInvoices(FINANCE, order, 1).setRootPath("items[0]");
        LocalDate due = LocalDate.parse(invoice.getString("dueDate"));

        overdue.markOverdue(due);
        as(FINANCE).get("/invoices/{id}", invoice.getString("id")).then().body("status", equalTo("OPEN"));
        assertThat(overdue.markOverdue(due.plusDays(1)).getAsInt()).isPositive();
        as(FINANCE).get("/invoices/{id}", invoice.getString("id")).then().body("status", equalTo("OVERDUE"));
        assertThat(overdue.markIfPastDue(UUID.fromString(invoice.getString("id")), due.plusDays(2)))
                .isFalse();

        JsonNode event = EventAssertions.assertValidEvent(Topics.json(Topics.await(
                        "invoicing.invoices",
                        r -> r.key().equals(invoice.getString("id"))
                                && r.value().contains("InvoiceOverdue"),
                        1,
                        Duration.ofSeconds(20))
                .get(0)));
        assertThat(event.at("/payload/open/amount").asText()).isEqualTo("18750.00");
    }

    @Test
    void numbers_of_a_burst_of_invoices_are_unique_and_gap_free() {
        UUID agreement = facts.agreement(VERKSTAD, "PRIVATE", "CONFIRMATION");
        List<UUID> orders = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            UUID order = UUID.randomUUID();
            orders.add(order);
            send(enrolment("EnrolmentConfirmed", agreement, order, VERKSTAD, "CONFIRMED"));
        }
        await().atMost(Duration.ofSeconds(40)).until(() -> orders.stream().allMatch(o -> facts.invoiceCount(o) == 1));

        long documents = sql.count("select count(*) from invoice where seller = ?", KUSTLAND);
        long highest = sql.count(
                "select max(cast(substring(number from 12) as bigint)) from invoice where seller = ?", KUSTLAND);
        long distinct = sql.count("select count(distinct number) from invoice where seller = ?", KUSTLAND);
        assertThat(highest).isEqualTo(documents);
        assertThat(distinct).isEqualTo(documents);
    }
}
