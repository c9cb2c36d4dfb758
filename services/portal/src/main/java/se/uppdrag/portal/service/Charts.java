package se.uppdrag.portal.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.uppdrag.portal.client.Enrolments.FollowUpRow;
import se.uppdrag.portal.client.Invoicing.Aging;
import se.uppdrag.portal.client.Invoicing.Row;
import se.uppdrag.portal.client.Money;

/**
 * The reconciliation's charts, drawn on the server as SVG: bars whose lengths are worked out here, so the page needs no
 * chart script and reads the same with scripts off. Each chart has its data table beside it on the page.
 */
public final class Charts {

    /** Width of the longest bar, in the SVG's units. */
    public static final int BAR_SPACE = 360;

    public static final int LABEL_SPACE = 230;
    public static final int BAR_HEIGHT = 14;
    /** About what fits in the label space at the chart's font size. */
    static final int LABEL_CHARACTERS = 30;

    private Charts() {}

    /** One bar: what it stands for (invoiced, paid, open or an age), its length, where it sits, the amount it shows. */
    public record Bar(String kind, int x, int y, int width, int height, Money amount) {

        /** Where its amount is written: just past its end. */
        public int textX() {
            return x + width + 6;
        }

        public int textY() {
            return y + height - 3;
        }
    }

    /** A group of bars under one label (a buyer and agreement, or an age); {@code key} names it for scripts and tests. */
    public record Group(String key, String label, int labelY, List<Bar> bars) {}

    public record Chart(int width, int height, List<Group> groups) {}

    /** Per buyer and agreement: invoiced, paid and open, each group three bars, all on one scale. */
    public static Chart positions(List<Row> rows, Function<Row, String> label) {
        BigDecimal max = rows.stream().map(r -> r.invoiced().amount()).reduce(BigDecimal.ONE, BigDecimal::max);
        List<Group> groups = new ArrayList<>();
        int y = 10;
        for (Row row : rows) {
            List<Bar> bars = new ArrayList<>();
            int barY = y;
            for (Object[] kind :
                    new Object[][] {{"invoiced", row.invoiced()}, {"paid", row.paid()}, {"open", row.open()}}) {
                Money amount = (Money) kind[1];
                bars.add(new Bar((String) kind[0], LABEL_SPACE, barY, length(amount, max), BAR_HEIGHT, amount));
                barY += BAR_HEIGHT + 2;
            }
            groups.add(new Group(row.buyer() + "/" + row.agreement(), label.apply(row), y + BAR_HEIGHT + 6, bars));
            y = barY + 14;
        }
        return new Chart(LABEL_SPACE + BAR_SPACE + 130, Math.max(y, 40), groups);
    }

    /** Open amounts by age: not yet due, 1–30, 31–60 and more than 60 days past due. */
    public static Chart aging(Aging aging, List<String> labels) {
        List<Money> amounts = List.of(aging.notDue(), aging.days1To30(), aging.days31To60(), aging.over60());
        BigDecimal max = amounts.stream().map(Money::amount).reduce(BigDecimal.ONE, BigDecimal::max);
        List<Group> groups = new ArrayList<>();
        int y = 10;
        for (int i = 0; i < amounts.size(); i++) {
            groups.add(new Group(
                    "age-" + i,
                    labels.get(i),
                    y + BAR_HEIGHT - 2,
                    List.of(new Bar(
                            "age", LABEL_SPACE, y, length(amounts.get(i), max), BAR_HEIGHT + 4, amounts.get(i)))));
            y += BAR_HEIGHT + 16;
        }
        return new Chart(LABEL_SPACE + BAR_SPACE + 130, y, groups);
    }

    /** One part of a stacked bar: how many participants are in one state, and where it is drawn. */
    public record Segment(String kind, int x, int y, int width, int height, long count) {}

    /** A stacked bar under one label, its total written past its end. */
    public record Stack(String key, String label, int labelY, List<Segment> segments, long total, int totalX) {}

    public record StackedChart(int width, int height, List<Stack> stacks) {}

    /**
     * Participants per group, one stacked bar each on one scale (the most ordered): completed, not completed, confirmed
     * without a result yet, and the rest (cancelled, rejected, waiting).
     */
    public static StackedChart participation(List<FollowUpRow> rows, Function<FollowUpRow, String> label) {
        long max = rows.stream().mapToLong(FollowUpRow::ordered).max().orElse(1);
        List<Stack> stacks = new ArrayList<>();
        int y = 10;
        for (FollowUpRow row : rows) {
            List<Segment> segments = new ArrayList<>();
            int x = LABEL_SPACE;
            for (Object[] part : new Object[][] {
                {"completed", row.completed()},
                {"not-completed", row.notCompleted()},
                {"in-progress", row.inProgress()},
                {"not-seated", row.notSeated()}
            }) {
                long count = (Long) part[1];
                int width = count <= 0 ? 0 : (int) Math.max(2, count * BAR_SPACE / Math.max(1, max));
                segments.add(new Segment((String) part[0], x, y, width, BAR_HEIGHT + 4, count));
                x += width;
            }
            stacks.add(
                    new Stack(row.key(), fitted(label.apply(row)), y + BAR_HEIGHT - 2, segments, row.ordered(), x + 6));
            y += BAR_HEIGHT + 16;
        }
        return new StackedChart(LABEL_SPACE + BAR_SPACE + 80, Math.max(y, 40), stacks);
    }

    /** A label cut to what the label space holds (the table beside the chart has it whole). */
    static String fitted(String label) {
        return label == null || label.length() <= LABEL_CHARACTERS
                ? label
                : label.substring(0, LABEL_CHARACTERS - 1).strip() + "…";
    }

    /** A bar's length: its share of the largest; at least a sliver when there is anything at all. */
    static int length(Money amount, BigDecimal max) {
        if (amount == null || amount.amount().signum() <= 0) {
            return 0;
        }
        int length = amount.amount()
                .multiply(BigDecimal.valueOf(BAR_SPACE))
                .divide(max, 0, RoundingMode.HALF_UP)
                .intValue();
        return Math.max(2, Math.min(BAR_SPACE, length));
    }
}
