package se.uppdrag.enrolment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import se.uppdrag.platform.domain.RuleViolation;
import se.uppdrag.platform.domain.RuleViolation.Kind;

class EnrolmentTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    private static final Participant ANNA =
            new Participant("Anna", "Berg", "anna.berg@verkstad.example", "E-1001", null, "KS-4410");
    private static final Participant BO = new Participant("Bo", "Ek", "bo.ek@verkstad.example", "E-1002", null, null);

    private record Transition(String name, Consumer<Enrolment> apply, Set<EnrolmentStatus> from, EnrolmentStatus to) {}

    private static final List<Transition> TRANSITIONS = List.of(
            new Transition(
                    "confirm", e -> e.confirm(NOW), EnumSet.of(EnrolmentStatus.PENDING), EnrolmentStatus.CONFIRMED),
            new Transition(
                    "reject",
                    e -> e.reject("Full", NOW),
                    EnumSet.of(EnrolmentStatus.PENDING, EnrolmentStatus.WAITLISTED),
                    EnrolmentStatus.REJECTED),
            new Transition(
                    "cancel",
                    e -> e.cancel(new BigDecimal("0.00"), "Moved", NOW),
                    EnumSet.of(EnrolmentStatus.PENDING, EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED),
                    EnrolmentStatus.CANCELLED),
            new Transition(
                    "complete",
                    e -> e.complete(new BigDecimal("7.5"), "G", NOW),
                    EnumSet.of(EnrolmentStatus.CONFIRMED),
                    EnrolmentStatus.COMPLETED),
            new Transition(
                    "not complete",
                    e -> e.notCompleted(NOW),
                    EnumSet.of(EnrolmentStatus.CONFIRMED),
                    EnrolmentStatus.NOT_COMPLETED));

    @Test
    void every_transition_from_every_state() {
        for (Transition transition : TRANSITIONS) {
            for (EnrolmentStatus status : EnrolmentStatus.values()) {
                Enrolment enrolment = enrolment(status);
                if (transition.from().contains(status)) {
                    transition.apply().accept(enrolment);
                    assertThat(enrolment.status)
                            .as("%s from %s", transition.name(), status)
                            .isEqualTo(transition.to());
                    assertThat(enrolment.updatedAt).isEqualTo(NOW);
                } else {
                    assertThatThrownBy(() -> transition.apply().accept(enrolment))
                            .as("%s from %s", transition.name(), status)
                            .isInstanceOf(RuleViolation.class)
                            .hasMessageContaining("is " + status)
                            .satisfies(
                                    e -> assertThat(((RuleViolation) e).kind()).isEqualTo(Kind.WRONG_STATE));
                    assertThat(enrolment.status).isEqualTo(status);
                }
            }
        }
    }

    @Test
    void a_cancellation_keeps_its_fee_and_reason_and_answers_the_status_it_left() {
        Enrolment enrolment = enrolment(EnrolmentStatus.CONFIRMED);

        EnrolmentStatus previous = enrolment.cancel(new BigDecimal("2500.00"), "Project moved", NOW);

        assertThat(previous).isEqualTo(EnrolmentStatus.CONFIRMED);
        assertThat(enrolment.fee).isEqualByComparingTo("2500.00");
        assertThat(enrolment.statusReason).isEqualTo("Project moved");
    }

    @Test
    void a_cancellation_fee_outside_nothing_to_the_price_is_refused_and_changes_nothing() {
        for (String fee : List.of("-0.01", "10000.01")) {
            Enrolment enrolment = enrolment(EnrolmentStatus.CONFIRMED);
            assertThatThrownBy(() -> enrolment.cancel(new BigDecimal(fee), null, NOW))
                    .as(fee)
                    .isInstanceOf(RuleViolation.class)
                    .satisfies(e -> assertThat(((RuleViolation) e).kind()).isEqualTo(Kind.REFUSED));
            assertThat(enrolment.status).isEqualTo(EnrolmentStatus.CONFIRMED);
            assertThat(enrolment.fee).isNull();
        }
    }

    @Test
    void completion_records_credits_and_grade() {
        Enrolment enrolment = enrolment(EnrolmentStatus.CONFIRMED);

        enrolment.complete(new BigDecimal("7.5"), "VG", NOW);

        assertThat(enrolment.creditsAwarded).isEqualByComparingTo("7.5");
        assertThat(enrolment.grade).isEqualTo("VG");
    }

    @Test
    void a_seat_or_the_waiting_list_and_back() {
        Enrolment enrolment = enrolment(EnrolmentStatus.PENDING);

        enrolment.waitlist(3, NOW);
        assertThat(enrolment.status).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(enrolment.waitlistPosition).isEqualTo(3);

        enrolment.takeSeat(NOW);
        assertThat(enrolment.status).isEqualTo(EnrolmentStatus.PENDING);
        assertThat(enrolment.waitlistPosition).isNull();
    }

    @Test
    void a_substitute_with_a_cost_centre_of_its_own_moves_the_seat_there() {
        Enrolment enrolment = enrolment(EnrolmentStatus.CONFIRMED);
        Participant cecilia =
                new Participant("Cecilia", "Lind", "cecilia.lind@verkstad.example", "E-1003", null, " KS-5000 ");
        enrolment.substitute(cecilia, NOW);
        assertThat(enrolment.participant.costCentre()).isEqualTo("KS-5000");
    }

    @Test
    void another_participant_takes_a_live_seat_only() {
        for (EnrolmentStatus status : EnrolmentStatus.values()) {
            Enrolment enrolment = enrolment(status);
            if (Enrolment.CANCELLABLE.contains(status)) {
                assertThat(enrolment.substitute(BO, NOW)).as("%s", status).isEqualTo(ANNA);
                // Bo names no cost centre of his own: the seat stays charged where Anna's was.
                assertThat(enrolment.participant).isEqualTo(BO.chargedTo("KS-4410"));
            } else {
                assertThatThrownBy(() -> enrolment.substitute(BO, NOW))
                        .as("%s", status)
                        .isInstanceOf(RuleViolation.class)
                        .hasMessageContaining("is " + status);
                assertThat(enrolment.participant).isEqualTo(ANNA);
            }
        }
    }

    private static Enrolment enrolment(EnrolmentStatus status) {
        Enrolment enrolment = new Enrolment();
        enrolment.id = UUID.fromString("3c5d7e9f-1a2b-4c3d-8e4f-5a6b7c8d9e01");
        enrolment.status = status;
        enrolment.participant = ANNA;
        enrolment.price = new BigDecimal("10000.00");
        return enrolment;
    }
}
