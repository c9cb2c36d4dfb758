package se.uppdrag.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.logging.Handler;
import org.jboss.logging.Logger;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.junit.jupiter.api.Test;
import se.uppdrag.testsupport.PlatformTestResource;

/**
 * The service's own log handler masks a personal identity number that a library puts in its message or exception,
 * as PgJDBC does with a failed batch's bound values when the database goes away (found by the fault harness).
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class PersonalDataLoggingIT {

    private static final String PERSONAL_IDENTITY_NUMBER = "19770101-1234";

    @Test
    void a_library_message_or_exception_holding_a_personal_identity_number_is_written_masked() {
        ConsoleHandler console = consoleHandler();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        console.setOutputStream(written);
        try {
            String batch = "Batch entry 0 update enrolment set personal_identity_number=('" + PERSONAL_IDENTITY_NUMBER
                    + "') was aborted";
            Logger.getLogger("org.hibernate.orm.jdbc.error").warnf("%s: An I/O error occurred", batch);
            Logger.getLogger("com.arjuna.ats.arjuna")
                    .warn(
                            "ARJUNA012125: TwoPhaseCoordinator.beforeCompletion",
                            new IllegalStateException(
                                    "could not execute batch",
                                    new BatchUpdateException(
                                            batch,
                                            "08006",
                                            new int[0],
                                            new SQLException("An I/O error occurred", "08006"))));
            console.flush();
        } finally {
            console.setTarget(ConsoleHandler.Target.SYSTEM_OUT);
        }
        String log = written.toString(StandardCharsets.UTF_8);
        assertThat(log)
                .contains("update enrolment set personal_identity_number=('[personal identity number]')")
                .contains("ARJUNA012125")
                .contains("Caused by: java.sql.BatchUpdateException: Batch entry 0")
                .doesNotContain(PERSONAL_IDENTITY_NUMBER)
                .doesNotContain(PERSONAL_IDENTITY_NUMBER.replace("-", ""));
    }

    private static ConsoleHandler consoleHandler() {
        Deque<Handler> handlers = new ArrayDeque<>(
                List.of(LogContext.getLogContext().getLogger("").getHandlers()));
        while (!handlers.isEmpty()) {
            Handler handler = handlers.pop();
            if (handler instanceof ConsoleHandler console) {
                return console;
            }
            if (handler instanceof ExtHandler nested) {
                handlers.addAll(List.of(nested.getHandlers()));
            }
        }
        throw new AssertionError("no console handler on the root logger");
    }
}
