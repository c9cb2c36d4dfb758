package se.uppdrag.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    @Test
    void a_connection_pool_that_times_out_is_overload_however_deeply_wrapped() {
        var agroal = new SQLException("Sorry, acquisition timeout!");
        var hibernate = new RuntimeException("Unable to acquire JDBC Connection [Sorry, acquisition timeout!]", agroal);
        assertThat(ProblemMappers.isPoolExhausted(new IllegalStateException("tx", hibernate))).isTrue();
        assertThat(ProblemMappers.isPoolExhausted(new SQLException("duplicate key value"))).isFalse();
        assertThat(ProblemMappers.isPoolExhausted(new IllegalStateException("acquisition timeout"))).isFalse();
    }
}
