package se.uppdrag.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.uppdrag.invoicing.InvoicingFacts.KUSTLAND;
import static se.uppdrag.invoicing.InvoicingFacts.VERKSTAD;
import static se.uppdrag.invoicing.InvoicingFacts.confirmed;
import static se.uppdrag.invoicing.InvoicingFacts.enrolment;
import static se.uppdrag.invoicing.InvoicingFacts.ofOrder;
import static se.uppdrag.invoicing.InvoicingFacts.send;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppdrag.testsupport.PlatformTestResource;
import se.uppdrag.testsupport.TestTokens;

/**
 * An order whose events say how many participants it named is billed the moment the last of them is decided, with no
 * pause to settle: here the pause is an hour, so only that can bill it within the test.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@TestProfile(WholeOrderBillingIT.HourLongSettle.class)
class WholeOrderBillingIT {

    public static class HourLongSettle implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("uppdrag.invoicing.settle", "PT1H");
        }
    }

    @Inject
    InvoicingFacts facts;

    @Test
    void an_order_is_billed_as_soon_as_every_seat_it_named_is_confirmed_and_not_before() {
        UUID agreement = facts.agreement(VERKSTAD, "PRIVATE", "CONFIRMATION");
        UUID order = UUID.randomUUID();
        List<ObjectNode> seats = List.of(
                ofOrder(3, enrolment("EnrolmentRequested", agreement, order, VERKSTAD, "PENDING")),
                ofOrder(3, enrolment("EnrolmentRequested", agreement, order, VERKSTAD, "PENDING")),
                ofOrder(3, enrolment("EnrolmentRequested", agreement, order, VERKSTAD, "PENDING")));
        // Two of the three seats are heard of and confirmed: the third might be on its way, so nothing is billed.
        send(seats.get(0));
        send(confirmed(seats.get(0)));
        send(seats.get(1));
        send(confirmed(seats.get(1)));
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(facts.invoiceCount(order)).isZero();

        long before = System.nanoTime();
        send(seats.get(2));
        send(confirmed(seats.get(2)));

        var invoice =
                facts.awaitInvoices(TestTokens.finance(KUSTLAND), order, 1).setRootPath("items[0]");
        assertThat(invoice.getList("lines")).hasSize(3);
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void a_seat_still_pending_holds_the_order_back_even_when_all_are_heard_of() {
        UUID agreement = facts.agreement(VERKSTAD, "PRIVATE", "CONFIRMATION");
        UUID order = UUID.randomUUID();
        ObjectNode first = ofOrder(2, enrolment("EnrolmentRequested", agreement, order, VERKSTAD, "PENDING"));
        ObjectNode second = ofOrder(2, enrolment("EnrolmentRequested", agreement, order, VERKSTAD, "PENDING"));
        send(first);
        send(second);
        send(confirmed(first));
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(facts.invoiceCount(order)).isZero();

        send(confirmed(second));

        assertThat(facts.awaitInvoices(TestTokens.finance(KUSTLAND), order, 1).getList("items[0].lines"))
                .hasSize(2);
    }
}
