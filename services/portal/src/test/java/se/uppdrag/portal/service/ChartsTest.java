package se.uppdrag.portal.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppdrag.portal.client.Enrolments.FollowUpRow;
import se.uppdrag.portal.client.Invoicing.Aging;
import se.uppdrag.portal.client.Invoicing.Row;
import se.uppdrag.portal.client.Money;

class ChartsTest {

    @Test
    void bars_share_one_scale_the_largest_invoiced_amount_filling_the_space() {
        Row big = row("5566778808", "37500.00", "28125.00", "0.00");
        Row small = row("2021007899", "18750.00", "0.00", "18750.00");

        Charts.Chart chart = Charts.positions(List.of(big, small), Row::buyerName);

        assertThat(chart.groups()).hasSize(2);
        assertThat(widths(chart.groups().get(0))).containsExactly(Charts.BAR_SPACE, 270, 0);
        assertThat(widths(chart.groups().get(1))).containsExactly(180, 0, 180);
        assertThat(chart.groups().get(0).key()).isEqualTo("5566778808/" + big.agreement());
        assertThat(chart.groups().get(0).bars())
                .extracting(Charts.Bar::kind)
                .containsExactly("invoiced", "paid", "open");
    }

    @Test
    void participants_stack_in_their_states_on_one_scale_with_long_labels_cut() {
        FollowUpRow most = new FollowUpRow(
                "c1",
                "KUS101 A course with a title far longer than the label space",
                10,
                8,
                5,
                1,
                1,
                1,
                0,
                null,
                null,
                0,
                0,
                null,
                null);
        FollowUpRow fewer = new FollowUpRow("c2", "KUS102 Short", 5, 5, 0, 0, 0, 0, 0, null, null, 0, 0, null, null);

        Charts.StackedChart chart = Charts.participation(List.of(most, fewer), FollowUpRow::label);

        // Completed 5, not completed 1, confirmed without a result 2, the rest (cancelled, rejected) 2: of 10.
        assertThat(chart.stacks().get(0).segments())
                .extracting(Charts.Segment::width)
                .containsExactly(180, 36, 72, 72);
        assertThat(chart.stacks().get(1).segments())
                .extracting(Charts.Segment::width)
                .containsExactly(0, 0, 180, 0);
        assertThat(chart.stacks().get(0).label()).hasSizeLessThanOrEqualTo(30).endsWith("…");
        assertThat(chart.stacks().get(1).label()).isEqualTo("KUS102 Short");
        assertThat(chart.stacks().get(0).total()).isEqualTo(10);
    }

    @Test
    void a_tiny_amount_is_still_seen_and_nothing_is_no_bar() {
        assertThat(Charts.length(Money.sek(new BigDecimal("0.01")), new BigDecimal("1000000")))
                .isEqualTo(2);
        assertThat(Charts.length(Money.zero(), new BigDecimal("1000"))).isZero();
        assertThat(Charts.length(Money.sek(new BigDecimal("-5")), new BigDecimal("1000")))
                .isZero();
    }

    @Test
    void with_nothing_open_the_aging_chart_has_four_empty_bars() {
        Charts.Chart chart = Charts.aging(
                new Aging(Money.zero(), Money.zero(), Money.zero(), Money.zero()),
                List.of("not due", "1-30", "31-60", "60+"));

        assertThat(chart.groups()).extracting(Charts.Group::label).containsExactly("not due", "1-30", "31-60", "60+");
        assertThat(chart.groups())
                .allSatisfy(g -> assertThat(g.bars().get(0).width()).isZero());
    }

    private static List<Integer> widths(Charts.Group group) {
        return group.bars().stream().map(Charts.Bar::width).toList();
    }

    private static Row row(String buyer, String invoiced, String paid, String open) {
        return new Row(
                buyer,
                "Buyer " + buyer,
                UUID.randomUUID(),
                1,
                money(invoiced),
                Money.zero(),
                money(paid),
                money(open),
                Money.zero(),
                Money.zero());
    }

    private static Money money(String amount) {
        return Money.sek(new BigDecimal(amount));
    }
}
