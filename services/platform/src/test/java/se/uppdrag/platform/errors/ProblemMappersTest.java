package se.uppdrag.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.uppdrag.platform.domain.RuleViolation;
import se.uppdrag.platform.domain.RuleViolation.Kind;

class ProblemMappersTest {

    @Test
    void a_connection_pool_that_times_out_is_overload_however_deeply_wrapped() {
        var agroal = new SQLException("Sorry, acquisition timeout!");
        var hibernate = new RuntimeException("Unable to acquire JDBC Connection [Sorry, acquisition timeout!]", agroal);
        assertThat(ProblemMappers.isPoolExhausted(new IllegalStateException("tx", hibernate)))
                .isTrue();
        assertThat(ProblemMappers.isPoolExhausted(new SQLException("duplicate key value")))
                .isFalse();
        assertThat(ProblemMappers.isPoolExhausted(new IllegalStateException("acquisition timeout")))
                .isFalse();
    }

    @Test
    void a_domain_rule_is_answered_with_the_status_of_its_kind_and_the_field_it_names() {
        ProblemException conflict = ProblemMappers.asProblem(RuleViolation.wrongState(
                "Enrolment 7", Kind.REFUSED, List.of(Kind.WRONG_STATE, Kind.INVALID_VALUE), "confirmed"));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.getMessage())
                .isEqualTo("Enrolment 7 is REFUSED; only WRONG_STATE or INVALID_VALUE can be " + "confirmed");

        ProblemException invalid =
                ProblemMappers.asProblem(RuleViolation.invalidValue("effectiveDate", "must not be in the past"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.getMessage()).isEqualTo("effectiveDate: must not be in the past");
        assertThat(invalid.errors())
                .containsExactly(new Problem.FieldError("effectiveDate", "must not be in the past"));

        ProblemException refused = ProblemMappers.asProblem(RuleViolation.refused("No seat left"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errors()).isEmpty();
    }
}
