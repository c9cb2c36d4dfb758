package se.uppdrag.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.uppdrag.invoicing.InvoicingFacts.enrolment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import se.uppdrag.invoicing.domain.OcrReference;
import se.uppdrag.testsupport.BankFiles;
import se.uppdrag.testsupport.BankFiles.Incoming;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestSql;
import se.uppdrag.testsupport.TestTokens;
import se.uppdrag.testsupport.Topics;

/**
 * Figures for the closing note, not a test: run on demand with {@code ./mvnw verify -pl services/invoicing -am
 * -Pbenchmark}. Sizes: -Dbenchmark.enrolments (default 5000), -Dbenchmark.payments (default 100000).
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class InvoicingBenchmark {

    /** A seller of its own, so seeded invoices do not mix with the burst's. */
    private static final String BANKED = "2021009994";

    @Inject
    TestSql sql;

    @Inject
    DataSource dataSource;

    @Inject
    InvoicingFacts facts;

    @Test
    void invoices_issued_per_second_from_a_burst_of_confirmed_enrolments() {
        int enrolments = Integer.getInteger("benchmark.enrolments", 5000);
        for (int seats : new int[] {1, 25, 1, 25}) {
            UUID agreement = facts.agreement(InvoicingFacts.VERKSTAD, "PRIVATE", "CONFIRMATION");
            int orders = enrolments / seats;
            List<Map.Entry<String, String>> requests = new ArrayList<>();
            List<Map.Entry<String, String>> events = new ArrayList<>();
            for (int o = 0; o < orders; o++) {
                UUID order = UUID.randomUUID();
                for (int s = 0; s < seats; s++) {
                    ObjectNode e =
                            enrolment("EnrolmentRequested", agreement, order, InvoicingFacts.VERKSTAD, "PENDING");
                    requests.add(Map.entry(e.get("aggregateId").asText(), e.toString()));
                    events.add(Map.entry(
                            e.get("aggregateId").asText(),
                            InvoicingFacts.confirmed(e).toString()));
                }
            }
            // The orders are known (requested) before the university confirms them all at once.
            Topics.sendAll("enrolment.enrolments", requests);
            await().atMost(Duration.ofMinutes(15))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> sql.count("select count(*) from billable where agreement_id = ?", agreement)
                            == requests.size());
            long start = System.nanoTime();
            Topics.sendAll("enrolment.enrolments", events);
            double sent = seconds(start);
            await().atMost(Duration.ofMinutes(15))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> sql.count(
                                    "select count(*) from billable where agreement_id = ? and invoice_id is not null",
                                    agreement)
                            == events.size());
            double all = seconds(start);
            long invoices = sql.count("select count(*) from invoice where agreement_id = ?", agreement);
            await().atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> sql.count("select count(*) from outbox") == 0);
            double published = seconds(start);
            System.out.printf(
                    "BENCHMARK burst of %d %d-seat orders: %d enrolments sent in %.2f s; all billed after "
                            + "%.2f s on %d invoices = %.1f invoices/s, %.1f seats/s; all InvoiceIssued on the topic after %.2f s%n",
                    orders, seats, events.size(), sent, all, invoices, invoices / all, events.size() / all, published);
        }
    }

    @Test
    void import_and_match_a_camt054_file_of_100000_payments() throws Exception {
        int count = Integer.getInteger("benchmark.payments", 100_000);
        List<Incoming> payments = seedInvoices(count);
        byte[] file = BankFiles.camt054(LocalDate.now(), payments).getBytes(StandardCharsets.UTF_8);
        String finance = TestTokens.finance(BANKED);

        long start = System.nanoTime();
        JsonPath result = post(file, finance);
        double imported = seconds(start);
        await().atMost(Duration.ofMinutes(15))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> sql.count("select count(*) from outbox") == 0);
        double published = seconds(start);
        System.out.printf(
                "BENCHMARK camt.054 of %d payments (%.1f MB): read %d, matched %d, unmatched %d in %.2f s "
                        + "(%.0f payments/s); its %d events on the topic after %.2f s%n",
                count,
                file.length / 1e6,
                result.getInt("read"),
                result.getInt("matched"),
                result.getInt("unmatched"),
                imported,
                count / imported,
                sql.count("select count(*) from payment where seller = ? and status = 'MATCHED'", BANKED)
                        + sql.count("select count(*) from invoice where seller = ? and status = 'PAID'", BANKED),
                published);
        assertThat(result.getInt("read")).isEqualTo(count);

        long again = System.nanoTime();
        assertThat(post(file, finance).getInt("alreadySeen")).isEqualTo(count);
        System.out.printf("BENCHMARK the same file again (recognised, nothing changed): %.2f s%n", seconds(again));
    }

    /** A plain HTTP client: rest-assured spends seconds of its own on an 80 MB body. */
    private static JsonPath post(byte[] file, String token) throws Exception {
        var request = HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/payments/imports"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/xml")
                .POST(BodyPublishers.ofByteArray(file))
                .build();
        var response = HttpClient.newHttpClient().send(request, BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new JsonPath(response.body());
    }

    /** Issued invoices of the seller straight into the database; 19 in 20 paid in full, the rest in part or unknown. */
    private List<Incoming> seedInvoices(int count) throws Exception {
        List<Incoming> payments = new ArrayList<>(count);
        String parties = "{\"seller\":{\"orgNumber\":\"" + BANKED + "\",\"name\":\"Bankens högskola\"},"
                + "\"buyer\":{\"orgNumber\":\"5566778808\",\"name\":\"Verkstadsbolaget Nord AB\"}}";
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                insert into invoice (id, kind, number, seller, buyer, order_id, agreement_id, issue_date, due_date, ocr,
                  buyer_reference, tax_category, vat_percent, net, vat, total, status, parties, created_at)
                values (?, 'INVOICE', ?, ?, '5566778808', ?, ?, ?, ?, ?, 'HR-4711', 'S', 25.00, 15000.00, 3750.00,
                  18750.00, 'OPEN', ?::jsonb, ?)""")) {
            c.setAutoCommit(false);
            UUID agreement = UUID.randomUUID();
            for (int i = 1; i <= count; i++) {
                String ocr = OcrReference.of(i);
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, BANKED + "-" + String.format("%06d", i));
                insert.setString(3, BANKED);
                insert.setObject(4, UUID.randomUUID());
                insert.setObject(5, agreement);
                insert.setDate(6, Date.valueOf(LocalDate.now()));
                insert.setDate(7, Date.valueOf(LocalDate.now().plusDays(30)));
                insert.setString(8, ocr);
                insert.setString(9, parties);
                insert.setTimestamp(10, Timestamp.from(Instant.now()));
                insert.addBatch();
                if (i % 1000 == 0) {
                    insert.executeBatch();
                }
                String amount = i % 20 == 0 ? "5000.00" : "18750.00";
                String reference = i % 40 == 0 ? "9" + ocr : ocr;
                payments.add(new Incoming("BM-" + UUID.randomUUID(), reference, amount, "Verkstadsbolaget Nord AB"));
            }
            insert.executeBatch();
            c.commit();
        }
        return payments;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
