package se.uppdrag.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What the inbox waits out (the database's trouble) and what it dead-letters (the event's own). */
class OutagesTest {

    @Test
    void a_database_starting_up_or_a_commit_of_unknown_outcome_is_waited_out() {
        // Both were dead-lettered during a PostgreSQL restart in the fault harness, losing valid events.
        assertThat(Outages.isOutage(new PersistenceException(
                        "open", new SQLException("FATAL: the database system is starting up", "57P03"))))
                .isTrue();
        assertThat(Outages.isOutage(new IllegalStateException(new RollbackException("ARJUNA016053: Could not commit"))))
                .isTrue();
        assertThat(Outages.isOutage(new SQLException("I/O error", "08006"))).isTrue();
        assertThat(Outages.isOutage(new SQLException("deadlock detected", "40P01")))
                .isTrue();
    }

    @Test
    void what_is_wrong_with_the_event_itself_is_not() {
        assertThat(Outages.isOutage(new PersistenceException(new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(Outages.isOutage(new SQLException("value too long", "22001")))
                .isFalse();
        assertThat(Outages.isOutage(new IllegalArgumentException("no such occasion")))
                .isFalse();
        // Found at commit: the transaction manager's RollbackException carries the constraint violation.
        var atCommit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        atCommit.initCause(new PersistenceException(new SQLException("duplicate key", "23505")));
        assertThat(Outages.isOutage(new IllegalStateException(atCommit))).isFalse();
    }
}
