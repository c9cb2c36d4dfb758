package se.uppdrag.platform.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalInt;
import java.util.function.IntSupplier;

/**
 * Runs a scheduled job on one instance of the service at a time, however many replicas tick: a run holds a
 * transaction-level advisory lock named after the job on a connection of its own, and an instance that finds it
 * taken skips its turn. The work itself commits in its own transactions (a {@link Sweep}), so a run that dies half-way
 * leaves what it finished done; its lock goes with its session, and the next tick anywhere takes up the rest.
 */
@ApplicationScoped
public class ClusterJobs {

    /** The first key of every job's lock; the second is the hash of the job's name. */
    public static final String LOCK_NAMESPACE = "uppdrag-job";

    @Inject
    AgroalDataSource dataSource;

    /** Answers what the work answered, or nothing if another instance is running the job now. */
    public OptionalInt runAlone(String job, IntSupplier work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!lock(connection, job)) {
                    return OptionalInt.empty();
                }
                return OptionalInt.of(work.getAsInt());
            } finally {
                // Ends the transaction, which gives the lock back.
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("job " + job + " could not take its lock", e);
        }
    }

    private static boolean lock(Connection connection, String job) throws SQLException {
        try (PreparedStatement lock =
                connection.prepareStatement("select pg_try_advisory_xact_lock(hashtext(?), hashtext(?))")) {
            lock.setString(1, LOCK_NAMESPACE);
            lock.setString(2, job);
            try (ResultSet taken = lock.executeQuery()) {
                taken.next();
                return taken.getBoolean(1);
            }
        }
    }
}
