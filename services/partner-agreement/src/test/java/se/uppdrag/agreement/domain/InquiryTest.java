package se.uppdrag.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppdrag.contracts.Money;
import se.uppdrag.platform.domain.FieldProblem;
import se.uppdrag.platform.domain.RuleViolation;
import se.uppdrag.platform.domain.RuleViolation.Kind;

/** The inquiry's phases around its deadline, and the rules of a need and an offer that span fields. */
class InquiryTest {

    private static final Instant NOW = Instant.parse("2027-02-01T10:00:00Z");
    private static final Instant DEADLINE = NOW.plus(Duration.ofDays(14));
    private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

    static InquiryNeed need(Instant deadline, Money budget, InquiryNeed.Recipients recipients) {
        return new InquiryNeed(
                "Machine learning",
                List.of("Train a classifier"),
                "Computer science",
                20,
                null,
                LocalDate.of(2027, 4, 1),
                LocalDate.of(2027, 6, 30),
                "Umeå",
                DeliveryMode.HYBRID,
                "sv",
                true,
                budget,
                new InquiryNeed.Procurement(ProcurementKind.DIRECT_AWARD, null),
                deadline,
                recipients);
    }

    private static InquiryNeed need() {
        return need(DEADLINE, null, new InquiryNeed.Recipients(true, null));
    }

    @Test
    void a_published_inquiry_is_open_until_its_deadline_and_closed_from_it() {
        Inquiry inquiry = Inquiry.draft("5566778808", need(), NOW);
        assertThat(inquiry.phase(NOW)).isEqualTo(InquiryPhase.DRAFT);
        inquiry.publish(NOW);
        assertThat(inquiry.phase(DEADLINE.minusMillis(1))).isEqualTo(InquiryPhase.OPEN);
        assertThat(inquiry.phase(DEADLINE)).isEqualTo(InquiryPhase.CLOSED);

        inquiry.requireOpen(DEADLINE.minusMillis(1), "offers are taken");
        assertThatThrownBy(() -> inquiry.requireOpen(DEADLINE, "offers are taken"))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.kind()).isEqualTo(Kind.WRONG_STATE))
                .hasMessageContaining("closed for offers");
        assertThatThrownBy(() -> inquiry.award(UUID.randomUUID(), UUID.randomUUID(), DEADLINE.minusMillis(1)))
                .hasMessageContaining("sealed");

        inquiry.award(UUID.randomUUID(), UUID.randomUUID(), DEADLINE);
        assertThat(inquiry.phase(DEADLINE)).isEqualTo(InquiryPhase.AWARDED);
        assertThatThrownBy(() -> inquiry.award(UUID.randomUUID(), UUID.randomUUID(), DEADLINE))
                .hasMessageContaining("is AWARDED");
        assertThatThrownBy(() -> inquiry.cancel("late", DEADLINE)).hasMessageContaining("is AWARDED");
    }

    @Test
    void a_draft_whose_deadline_passed_is_not_published_and_a_cancelled_one_takes_no_offers() {
        Inquiry late = Inquiry.draft("5566778808", need(), NOW);
        assertThatThrownBy(() -> late.publish(DEADLINE))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID_VALUE));

        Inquiry cancelled = Inquiry.draft("5566778808", need(), NOW);
        cancelled.publish(NOW);
        cancelled.cancel("Postponed", NOW);
        assertThatThrownBy(() -> cancelled.requireOpen(NOW, "offers are taken")).hasMessageContaining("CANCELLED");
        assertThatThrownBy(() -> cancelled.requireClosed(DEADLINE, "offers are shown"))
                .hasMessageContaining("CANCELLED");
    }

    @Test
    void a_need_names_what_is_wrong_across_its_fields() {
        assertThat(need().problems(NOW)).isEmpty();
        List<String> fields = need(
                        NOW.minusSeconds(1),
                        Money.sek("-5.00"),
                        new InquiryNeed.Recipients(false, List.of("2021001231", "2021001231")))
                .problems(NOW)
                .stream()
                .map(FieldProblem::field)
                .toList();
        assertThat(fields).containsExactlyInAnyOrder("offerDeadline", "budgetCeiling", "recipients.universities");
        assertThat(need(Instant.parse("2027-04-01T12:00:00Z"), null, new InquiryNeed.Recipients(true, null))
                        .problems(NOW))
                .extracting(FieldProblem::field)
                .containsExactly("offerDeadline");
    }

    @Test
    void an_offer_prices_per_participant_or_the_whole_course_and_shares_the_whole_to_the_ore() {
        OfferContent whole = offer(PriceBasis.WHOLE_COURSE, "100000.00");
        assertThat(whole.total(3)).isEqualTo(Money.sek("100000.00"));
        assertThat(whole.perParticipant(3)).isEqualTo(Money.sek("33333.33"));
        OfferContent each = offer(PriceBasis.PER_PARTICIPANT, "15000.00");
        assertThat(each.total(20)).isEqualTo(Money.sek("300000.00"));
        assertThat(each.problems(20, TODAY, TODAY)).isEmpty();
        assertThat(offer(PriceBasis.PER_PARTICIPANT, "0.00").problems(20, TODAY, TODAY))
                .extracting(FieldProblem::field)
                .containsExactly("price.amount");
    }

    private static OfferContent offer(PriceBasis basis, String amount) {
        return new OfferContent(
                new OfferContent.CourseOffered(
                        null, new OfferContent.NewCourse("ML", List.of("Train"), new BigDecimal("7.5"), Cycle.FIRST)),
                List.of(new OfferContent.ProposedOccasion(
                        LocalDate.of(2027, 4, 5), LocalDate.of(2027, 6, 1), DeliveryMode.HYBRID, 20, "Umeå")),
                new OfferContent.OfferPrice(basis, Money.sek(amount)),
                LocalDate.of(2027, 3, 1),
                new Terms.Cancellation(List.of()),
                new Terms.Invoicing(30, null, InvoiceOn.CONFIRMATION),
                null);
    }
}
