package se.uppdrag.portal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppdrag.portal.client.Catalogue.LearningPath;
import se.uppdrag.portal.client.Catalogue.Step;
import se.uppdrag.portal.client.Enrolments.Evaluation;
import se.uppdrag.portal.client.Enrolments.FollowUp;
import se.uppdrag.portal.client.Enrolments.FollowUpRow;
import se.uppdrag.portal.client.Invoicing.MoneyFollowUp;
import se.uppdrag.portal.client.Invoicing.MoneyRow;
import se.uppdrag.portal.client.Money;

class LearningPathFollowUpTest {

    private static final UUID ROBOTS = UUID.randomUUID();
    private static final UUID SENSORS = UUID.randomUUID();
    private static final UUID ALONE = UUID.randomUUID();

    @Test
    void a_path_adds_up_its_courses_and_a_shared_course_counts_in_each_path() {
        FollowUp perCourse = new FollowUp(
                2027,
                "COURSE",
                List.of(row(ROBOTS, 10, 8, 6, 2, "45"), row(SENSORS, 4, 4, 4, 0, "30"), row(ALONE, 3, 3, 0, 0, "0")),
                row(null, 17, 15, 10, 2, "75"));
        MoneyFollowUp money = new MoneyFollowUp(
                2027,
                "COURSE",
                List.of(money(ROBOTS, "150000.00", "100000.00"), money(SENSORS, "60000.00", "60000.00")),
                money(null, "210000.00", "160000.00"));
        LearningPath industry = path("Industrial digitalisation", ROBOTS, SENSORS);
        LearningPath robotsOnly = path("Robotics", ROBOTS);
        LearningPath unused = path("Nobody yet", UUID.randomUUID());

        LearningPathFollowUp.Composed composed =
                LearningPathFollowUp.compose(List.of(robotsOnly, industry, unused), perCourse, money);

        assertThat(composed.participants().rows())
                .extracting(FollowUpRow::label, FollowUpRow::ordered, FollowUpRow::completed, FollowUpRow::notCompleted)
                .containsExactly(tuple("Industrial digitalisation", 14L, 10L, 2L), tuple("Robotics", 10L, 6L, 2L));
        FollowUpRow first = composed.participants().rows().get(0);
        assertThat(first.creditsAwarded()).isEqualByComparingTo("75");
        assertThat(first.completionRate()).isEqualByComparingTo("83.3");
        assertThat(composed.money().rows())
                .extracting(m -> m.invoiced().amount().toPlainString())
                .containsExactlyInAnyOrder("150000.00", "210000.00");
        // The total counts each course of a path once (robots is in two), and one in no path not at all.
        assertThat(composed.participants().total().ordered()).isEqualTo(14);
        assertThat(composed.money().total().invoiced().amount()).isEqualByComparingTo("210000.00");

        String csv = LearningPathFollowUp.csv(composed);
        assertThat(csv.split("\r\n")).hasSize(4);
        assertThat(csv)
                .contains(",Industrial digitalisation,14,12,10,2,")
                .endsWith(",TOTAL,,14,12,10,2,0,0,0,75,83.3,0,0,,,210000.00,160000.00\r\n");
    }

    @Test
    void a_paths_evaluation_weighs_its_courses_by_their_answers_and_leaves_out_those_too_few_to_show() {
        FollowUpRow robots = evaluated(ROBOTS, 8, 5, new BigDecimal("4.0"));
        FollowUpRow sensors = evaluated(SENSORS, 12, 10, new BigDecimal("3.0"));
        FollowUpRow alone = evaluated(ALONE, 6, 3, null); // three answers: no averages shown
        FollowUp perCourse = new FollowUp(2027, "COURSE", List.of(robots, sensors, alone), row(null, 0, 0, 0, 0, "0"));
        MoneyFollowUp money = new MoneyFollowUp(2027, "COURSE", List.of(), money(null, "0.00", "0.00"));

        FollowUpRow path = LearningPathFollowUp.compose(
                        List.of(path("Industrial digitalisation", ROBOTS, SENSORS, ALONE)), perCourse, money)
                .participants()
                .rows()
                .get(0);

        assertThat(path.evaluationsInvited()).isEqualTo(26);
        assertThat(path.evaluationsAnswered()).isEqualTo(18);
        assertThat(path.evaluationResponseRate()).isEqualByComparingTo("69.2");
        assertThat(path.evaluation().overall()).as("(4.0 × 5 + 3.0 × 10) / 15").isEqualByComparingTo("3.3");
    }

    private static FollowUpRow evaluated(UUID course, long invited, long answered, BigDecimal overall) {
        return new FollowUpRow(
                course.toString(),
                "C " + course,
                invited,
                invited,
                invited,
                0,
                0,
                0,
                0,
                BigDecimal.ZERO,
                null,
                invited,
                answered,
                null,
                overall == null ? null : new Evaluation(overall, overall, overall, overall));
    }

    private static FollowUpRow row(UUID course, long ordered, long confirmed, long completed, long not, String hp) {
        return new FollowUpRow(
                course == null ? "TOTAL" : course.toString(),
                course == null ? null : "C " + course,
                ordered,
                confirmed,
                completed,
                not,
                0,
                0,
                0,
                new BigDecimal(hp),
                null,
                0,
                0,
                null,
                null);
    }

    private static MoneyRow money(UUID course, String invoiced, String paid) {
        return new MoneyRow(
                course == null ? "TOTAL" : course.toString(),
                Money.sek(new BigDecimal(invoiced)),
                Money.sek(new BigDecimal(paid)));
    }

    private static LearningPath path(String title, UUID... courses) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < courses.length; i++) {
            steps.add(new Step(i + 1, courses[i], "2021001231", "K" + i, "Course " + i, BigDecimal.TEN));
        }
        return new LearningPath(UUID.randomUUID(), title, "", "2021001231", BigDecimal.TEN, steps);
    }
}
