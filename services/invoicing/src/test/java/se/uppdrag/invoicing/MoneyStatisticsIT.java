package se.uppdrag.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static se.uppdrag.invoicing.InvoicingFacts.KUSTLAND;
import static se.uppdrag.invoicing.InvoicingFacts.REGION;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppdrag.testsupport.BankFiles;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.TestTokens;

/** The money side of the follow-up statistics, from real invoices, a credit note and a payment. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class MoneyStatisticsIT {

    private static final String FINANCE = TestTokens.finance(KUSTLAND);
    /** A year no other test's occasions start in, so only this test's invoices count. */
    private static final LocalDate START = LocalDate.of(2033, 3, 1);

    @Inject
    InvoicingFacts facts;

    @Inject
    TestSql sql;

    @Test
    void invoiced_less_credits_and_paid_are_summed_per_course_employer_and_university_for_their_side_only() {
        UUID occasion = facts.occasion(START);
        UUID course = UUID.randomUUID();
        UUID agreement = facts.agreement(VERKSTAD, "PRIVATE", "CONFIRMATION");
        UUID order = UUID.randomUUID();
        ObjectNode anna = onOccasion(
                ofOrder(2, enrolment("EnrolmentConfirmed", agreement, order, VERKSTAD, "CONFIRMED")), occasion, course);
        ObjectNode erik = onOccasion(
                ofOrder(2, enrolment("EnrolmentConfirmed", agreement, order, VERKSTAD, "CONFIRMED")), occasion, course);
        send(anna);
        send(erik);
        JsonPath invoice = facts.awaitInvoices(FINANCE, order, 1).setRootPath("items[0]");
        // 37 500 invoiced; Erik cancelled keeping a 7 500 fee: 9 375 credited; 10 000 paid.
        send(cancelled(erik, "7500.00"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> sql.count(
                                "select count(*) from invoice where credited_invoice_id = ?::uuid",
                                invoice.getString("id"))
                        == 1);
        as(FINANCE)
                .contentType("application/xml")
                .body(BankFiles.camt054(
                                START,
                                List.of(new BankFiles.Incoming(
                                        "STAT-" + order, invoice.getString("ocr"), "10000.00", "Verkstadsbolaget")))
                        .getBytes(StandardCharsets.UTF_8))
                .post("/payments/imports")
                .then()
                .statusCode(200)
                .body("matched", equalTo(1));

        as(FINANCE)
                .queryParam("year", "2033")
                .queryParam("by", "COURSE")
                .get("/statistics")
                .then()
                .statusCode(200)
                .body("rows.key", equalTo(List.of(course.toString())))
                .body("rows[0].invoiced.amount", equalTo("28125.00"))
                .body("rows[0].paid.amount", equalTo("10000.00"))
                .body("total.invoiced.amount", equalTo("28125.00"));
        // The university's administrators see the same, the employer its own per university, another employer none.
        as(TestTokens.university(KUSTLAND))
                .queryParam("year", "2033")
                .queryParam("by", "EMPLOYER")
                .get("/statistics")
                .then()
                .statusCode(200)
                .body("rows.key", equalTo(List.of(VERKSTAD)));
        as(TestTokens.employer(VERKSTAD))
                .queryParam("year", "2033")
                .queryParam("by", "UNIVERSITY")
                .get("/statistics")
                .then()
                .statusCode(200)
                .body("rows.find { it.key == '" + KUSTLAND + "' }.paid.amount", equalTo("10000.00"));
        as(TestTokens.employer(REGION))
                .queryParam("year", "2033")
                .get("/statistics")
                .then()
                .statusCode(200)
                .body("rows", empty());
        String csv = as(FINANCE)
                .accept("text/csv")
                .queryParam("year", "2033")
                .queryParam("by", "EMPLOYER")
                .get("/statistics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv.split("\r\n"))
                .containsExactly(
                        "year,by,key,invoiced_sek,paid_sek",
                        "2033,EMPLOYER," + VERKSTAD + ",28125.00,10000.00",
                        "2033,EMPLOYER,TOTAL,28125.00,10000.00");
        as(FINANCE).queryParam("year", "33").get("/statistics").then().statusCode(400);
    }

    private static ObjectNode onOccasion(ObjectNode enrolmentEvent, UUID occasion, UUID course) {
        ((ObjectNode) enrolmentEvent.get("payload"))
                .put("occasionId", occasion.toString())
                .put("courseId", course.toString());
        return enrolmentEvent;
    }
}
