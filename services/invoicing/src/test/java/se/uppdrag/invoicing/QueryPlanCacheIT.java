package se.uppdrag.invoicing;

import static org.awaitility.Awaitility.await;
import static se.uppdrag.invoicing.InvoicingFacts.VERKSTAD;
import static se.uppdrag.invoicing.InvoicingFacts.confirmed;
import static se.uppdrag.invoicing.InvoicingFacts.enrolment;
import static se.uppdrag.invoicing.InvoicingFacts.ofOrder;
import static se.uppdrag.invoicing.InvoicingFacts.send;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.QueryPlans;

/** Hearing of seats and billing them finds its query plans again instead of building one per execution. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class QueryPlanCacheIT {

    @Inject
    InvoicingFacts facts;

    @Inject
    EntityManagerFactory factory;

    @Test
    void hearing_of_agreements_and_seats_and_invoicing_them_again_adds_no_query_plan() {
        QueryPlans.assertRepeatingAddsNoPlan(factory, this::agreementAndInvoicedOrder);
    }

    /** An agreement invoicing on confirmation, and a confirmed one-seat order under it, invoiced. */
    private void agreementAndInvoicedOrder() {
        UUID agreement = facts.agreement(VERKSTAD, "PRIVATE", "CONFIRMATION");
        UUID order = UUID.randomUUID();
        ObjectNode seat = ofOrder(1, enrolment("EnrolmentRequested", agreement, order, VERKSTAD, "PENDING"));
        send(seat);
        send(confirmed(seat));
        await().atMost(Duration.ofSeconds(30)).until(() -> facts.invoiceCount(order) == 1);
    }
}
