package se.uppdrag.portal.service;

import static se.uppdrag.platform.csv.CsvCells.cell;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.uppdrag.portal.client.Catalogue.LearningPath;
import se.uppdrag.portal.client.Catalogue.Step;
import se.uppdrag.portal.client.Enrolments.Evaluation;
import se.uppdrag.portal.client.Enrolments.FollowUp;
import se.uppdrag.portal.client.Enrolments.FollowUpRow;
import se.uppdrag.portal.client.Invoicing.MoneyFollowUp;
import se.uppdrag.portal.client.Invoicing.MoneyRow;
import se.uppdrag.portal.client.Money;

/**
 * The follow-up per learning path, made of the per-course figures: a path's row adds up the rows of its courses.
 * A course in two paths counts in both (a path's figures are its own, not a share of a total); the total counts each
 * course of any path once, and a course in no path not at all.
 */
public final class LearningPathFollowUp {

    private LearningPathFollowUp() {}

    public record Composed(FollowUp participants, MoneyFollowUp money) {}

    public static Composed compose(List<LearningPath> paths, FollowUp perCourse, MoneyFollowUp moneyPerCourse) {
        Map<String, FollowUpRow> courses =
                perCourse.rows().stream().collect(Collectors.toMap(FollowUpRow::key, Function.identity(), (a, b) -> a));
        Map<String, MoneyRow> money = moneyPerCourse.rows().stream()
                .filter(m -> m.key() != null)
                .collect(Collectors.toMap(MoneyRow::key, Function.identity(), (a, b) -> a));
        List<FollowUpRow> rows = new ArrayList<>();
        List<MoneyRow> moneyRows = new ArrayList<>();
        Set<String> onAnyPath = new LinkedHashSet<>();
        for (LearningPath path : paths) {
            List<String> ids = path.courses().stream()
                    .map(Step::courseId)
                    .filter(Objects::nonNull)
                    .map(Object::toString)
                    .distinct()
                    .toList();
            List<FollowUpRow> of =
                    ids.stream().map(courses::get).filter(Objects::nonNull).toList();
            List<MoneyRow> paid =
                    ids.stream().map(money::get).filter(Objects::nonNull).toList();
            if (of.isEmpty() && paid.isEmpty()) {
                continue;
            }
            onAnyPath.addAll(ids);
            String key = path.id().toString();
            rows.add(sum(key, path.title(), of));
            moneyRows.add(new MoneyRow(key, total(paid, MoneyRow::invoiced), total(paid, MoneyRow::paid)));
        }
        rows.sort(Comparator.comparingLong(FollowUpRow::ordered).reversed().thenComparing(FollowUpRow::label));
        List<MoneyRow> paidOnPaths =
                onAnyPath.stream().map(money::get).filter(Objects::nonNull).toList();
        return new Composed(
                new FollowUp(
                        perCourse.year(),
                        "LEARNING_PATH",
                        rows,
                        sum(
                                "TOTAL",
                                null,
                                onAnyPath.stream()
                                        .map(courses::get)
                                        .filter(Objects::nonNull)
                                        .toList())),
                new MoneyFollowUp(
                        moneyPerCourse.year(),
                        "LEARNING_PATH",
                        moneyRows,
                        new MoneyRow(
                                "TOTAL", total(paidOnPaths, MoneyRow::invoiced), total(paidOnPaths, MoneyRow::paid))));
    }

    /** One CSV of both halves, a line per path and the total, as the services write theirs. */
    public static String csv(Composed composed) {
        StringBuilder csv = new StringBuilder("year,by,key,label,ordered,confirmed,completed,not_completed,cancelled,"
                + "rejected,waitlisted,credits_awarded,completion_rate_percent,evaluations_invited,evaluations_answered,"
                + "evaluation_response_rate_percent,evaluation_overall,invoiced_sek,paid_sek\r\n");
        FollowUp p = composed.participants();
        for (FollowUpRow row : p.rows()) {
            MoneyRow money = composed.money().rows().stream()
                    .filter(m -> row.key().equals(m.key()))
                    .findFirst()
                    .orElse(null);
            csv.append(line(p.year(), row, money));
        }
        return csv.append(line(p.year(), p.total(), composed.money().total())).toString();
    }

    private static String line(int year, FollowUpRow r, MoneyRow money) {
        return String.join(
                        ",",
                        Integer.toString(year),
                        "LEARNING_PATH",
                        cell(r.key()),
                        cell(r.label()),
                        Long.toString(r.ordered()),
                        Long.toString(r.confirmed()),
                        Long.toString(r.completed()),
                        Long.toString(r.notCompleted()),
                        Long.toString(r.cancelled()),
                        Long.toString(r.rejected()),
                        Long.toString(r.waitlisted()),
                        plain(r.creditsAwarded()),
                        plain(r.completionRate()),
                        Long.toString(r.evaluationsInvited()),
                        Long.toString(r.evaluationsAnswered()),
                        plain(r.evaluationResponseRate()),
                        plain(r.evaluation() == null ? null : r.evaluation().overall()),
                        money == null ? "0.00" : money.invoiced().amount().toPlainString(),
                        money == null ? "0.00" : money.paid().amount().toPlainString())
                + "\r\n";
    }

    private static FollowUpRow sum(String key, String label, List<FollowUpRow> rows) {
        long completed = rows.stream().mapToLong(FollowUpRow::completed).sum();
        long notCompleted = rows.stream().mapToLong(FollowUpRow::notCompleted).sum();
        long decided = completed + notCompleted;
        long invited = rows.stream().mapToLong(FollowUpRow::evaluationsInvited).sum();
        long answered =
                rows.stream().mapToLong(FollowUpRow::evaluationsAnswered).sum();
        return new FollowUpRow(
                key,
                label,
                rows.stream().mapToLong(FollowUpRow::ordered).sum(),
                rows.stream().mapToLong(FollowUpRow::confirmed).sum(),
                completed,
                notCompleted,
                rows.stream().mapToLong(FollowUpRow::cancelled).sum(),
                rows.stream().mapToLong(FollowUpRow::rejected).sum(),
                rows.stream().mapToLong(FollowUpRow::waitlisted).sum(),
                rows.stream()
                        .map(FollowUpRow::creditsAwarded)
                        .filter(Objects::nonNull)
                        .reduce(BigDecimal.ZERO, BigDecimal::add),
                decided == 0
                        ? null
                        : BigDecimal.valueOf(completed * 100L)
                                .divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP),
                invited,
                answered,
                invited == 0
                        ? null
                        : BigDecimal.valueOf(answered * 100L)
                                .divide(BigDecimal.valueOf(invited), 1, RoundingMode.HALF_UP),
                overall(rows));
    }

    /**
     * A path's overall evaluation: its courses' averages weighted by their answers, of the courses whose averages are
     * shown (five answers or more each, so the path's is never from fewer); from averages rounded to a tenth, so
     * within a twentieth of the exact one.
     */
    private static Evaluation overall(List<FollowUpRow> rows) {
        List<FollowUpRow> shown =
                rows.stream().filter(r -> r.evaluation() != null).toList();
        long answers =
                shown.stream().mapToLong(FollowUpRow::evaluationsAnswered).sum();
        if (answers == 0) {
            return null;
        }
        return new Evaluation(
                weighted(shown, e -> e.overall(), answers),
                weighted(shown, e -> e.relevance(), answers),
                weighted(shown, e -> e.teaching(), answers),
                weighted(shown, e -> e.organisation(), answers));
    }

    private static BigDecimal weighted(List<FollowUpRow> rows, Function<Evaluation, BigDecimal> average, long answers) {
        return rows.stream()
                .map(r -> average.apply(r.evaluation()).multiply(BigDecimal.valueOf(r.evaluationsAnswered())))
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(answers), 1, RoundingMode.HALF_UP);
    }

    private static Money total(List<MoneyRow> rows, Function<MoneyRow, Money> amount) {
        return Money.sek(rows.stream().map(r -> amount.apply(r).amount()).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
