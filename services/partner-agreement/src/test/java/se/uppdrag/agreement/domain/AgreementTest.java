package se.uppdrag.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import se.uppdrag.platform.domain.RuleViolation;
import se.uppdrag.platform.domain.RuleViolation.Kind;

/** Every transition from every state: the allowed ones move, all others are a 409 naming the current state. */
class AgreementTest {

    private static final Instant NOW = Instant.parse("2027-02-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

    record Transition(String name, Consumer<Agreement> apply, EnumSet<AgreementStatus> from, AgreementStatus to) {}

    private static final List<Transition> TRANSITIONS = List.of(
            new Transition(
                    "redraft",
                    a -> a.redraft(TermsTest.fixed("1.00"), NOW),
                    EnumSet.of(AgreementStatus.DRAFT),
                    AgreementStatus.DRAFT),
            new Transition("propose", a -> a.propose(NOW), EnumSet.of(AgreementStatus.DRAFT), AgreementStatus.PROPOSED),
            new Transition(
                    "accept", a -> a.accept(TODAY, NOW), EnumSet.of(AgreementStatus.PROPOSED), AgreementStatus.ACTIVE),
            new Transition(
                    "decline", a -> a.decline(NOW), EnumSet.of(AgreementStatus.PROPOSED), AgreementStatus.DECLINED),
            new Transition(
                    "amend",
                    a -> a.amend(TermsTest.fixed("2.00"), NOW),
                    EnumSet.of(AgreementStatus.ACTIVE),
                    AgreementStatus.ACTIVE),
            new Transition(
                    "terminate",
                    a -> a.terminate(TODAY, null, "5566778808", TODAY, NOW),
                    EnumSet.of(AgreementStatus.ACTIVE),
                    AgreementStatus.TERMINATED),
            new Transition("expire", a -> a.expire(NOW), EnumSet.of(AgreementStatus.ACTIVE), AgreementStatus.EXPIRED));

    @Test
    void every_transition_from_every_state() {
        for (Transition transition : TRANSITIONS) {
            for (AgreementStatus status : AgreementStatus.values()) {
                Agreement agreement = Agreement.draft("2021001231", TermsTest.fixed("15000.00"), NOW);
                agreement.status = status;
                if (transition.from().contains(status)) {
                    transition.apply().accept(agreement);
                    assertThat(agreement.status)
                            .as("%s from %s", transition.name(), status)
                            .isEqualTo(transition.to());
                } else {
                    assertThatThrownBy(() -> transition.apply().accept(agreement))
                            .as("%s from %s", transition.name(), status)
                            .isInstanceOf(RuleViolation.class)
                            .hasMessageContaining("is " + status)
                            .satisfies(
                                    e -> assertThat(((RuleViolation) e).kind()).isEqualTo(Kind.WRONG_STATE));
                    assertThat(agreement.status).isEqualTo(status);
                }
            }
        }
    }

    @Test
    void amending_counts_the_version_up() {
        Agreement agreement = Agreement.draft("2021001231", TermsTest.fixed("15000.00"), NOW);
        agreement.status = AgreementStatus.ACTIVE;
        agreement.amend(TermsTest.fixed("16000.00"), NOW);
        agreement.amend(TermsTest.fixed("17000.00"), NOW);

        assertThat(agreement.version).isEqualTo(3);
    }

    @Test
    void termination_is_from_today_or_later_and_within_validity() {
        Agreement agreement = Agreement.draft("2021001231", TermsTest.fixed("15000.00"), NOW);
        agreement.status = AgreementStatus.ACTIVE;

        assertThatThrownBy(() -> agreement.terminate(TODAY.minusDays(1), null, "x", TODAY, NOW))
                .hasMessageContaining("past");
        assertThatThrownBy(() -> agreement.terminate(LocalDate.of(2028, 1, 1), null, "x", TODAY, NOW))
                .hasMessageContaining("validity");
        assertThat(agreement.status).isEqualTo(AgreementStatus.ACTIVE);
    }

    @Test
    void an_agreement_past_its_validity_cannot_be_accepted() {
        Agreement agreement = Agreement.draft("2021001231", TermsTest.fixed("15000.00"), NOW);
        agreement.status = AgreementStatus.PROPOSED;

        assertThatThrownBy(() -> agreement.accept(LocalDate.of(2028, 1, 1), NOW))
                .hasMessageContaining("valid until 2027-12-31");
    }
}
