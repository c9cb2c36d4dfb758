package se.uppdrag.invoicing;

import static org.awaitility.Awaitility.await;
import static se.uppdrag.invoicing.InvoicingFacts.VERKSTAD;
import static se.uppdrag.invoicing.InvoicingFacts.enrolment;
import static se.uppdrag.invoicing.InvoicingFacts.ofOrder;
import static se.uppdrag.invoicing.InvoicingFacts.send;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestSql;

/**
 * Figures for the closing note, not a test: {@code ./mvnw verify -pl services/invoicing -Pbenchmark
 * -Dit.test=PeppolDeliveryBenchmark}. Issues -Dbenchmark.invoices (default 300) invoices while the buyers' access
 * point is down, so each is tried and given up, then brings the access point back and asks for them all at once:
 * invoices delivered per second over AS4 (signed, encrypted, receipt checked), after 50 delivered as a warm-up. The
 * sender and the receiving access point share this JVM and the machine's cores.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(value = PeppolReceiverResource.class, restrictToAnnotatedClass = true)
class PeppolDeliveryBenchmark {

    private static final int WARM_UP = 50;

    @Inject
    InvoicingFacts facts;

    @Inject
    TestSql sql;

    @Test
    void invoices_delivered_per_second_over_as4() throws Exception {
        int invoices = Integer.getInteger("benchmark.invoices", 300);
        UUID agreement = facts.agreement(VERKSTAD, "PRIVATE", "CONFIRMATION");

        issue(agreement, WARM_UP);
        awaitCount("DELIVERED", WARM_UP, Duration.ofMinutes(3));

        PeppolReceiverResource.stopReceiver();
        try {
            issue(agreement, invoices);
            awaitCount("FAILED", invoices, Duration.ofMinutes(5));
        } finally {
            PeppolReceiverResource.startReceiver();
        }
        long started = System.nanoTime();
        sql.update("update delivery set status = 'PENDING', attempts = 0, next_attempt_at = now() "
                + "where status = 'FAILED'");
        awaitCount("DELIVERED", WARM_UP + invoices, Duration.ofMinutes(10));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%ndelivered %d invoices over Peppol AS4 in %.1f s: %.1f invoices/s (receiving access point in the same"
                        + " JVM, %d cores)%n",
                invoices,
                seconds,
                invoices / seconds,
                Runtime.getRuntime().availableProcessors());
    }

    private static void issue(UUID agreement, int count) {
        for (int i = 0; i < count; i++) {
            send(ofOrder(1, enrolment("EnrolmentConfirmed", agreement, UUID.randomUUID(), VERKSTAD, "CONFIRMED")));
        }
    }

    private void awaitCount(String status, int count, Duration patience) {
        await().atMost(patience)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> sql.count("select count(*) from delivery where status = ?", status) >= count);
    }
}
