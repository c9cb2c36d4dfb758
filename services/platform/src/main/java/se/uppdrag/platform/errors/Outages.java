package se.uppdrag.platform.errors;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.RollbackException;
import java.net.ConnectException;
import java.sql.SQLTransientException;
import javax.transaction.xa.XAException;
import org.hibernate.exception.JDBCConnectionException;

/** Whether a failure is the database's trouble, to be waited out, or the work's own, which retrying cannot mend. */
public final class Outages {

    private Outages() {}

    /**
     * Whether the failure is the database's, not the event's: waited out and retried, never dead-lettered. Besides
     * lost connections this covers a server starting up or shutting down (SQLSTATE 57), lack of resources (53), a
     * serialization failure or deadlock (40001, 40P01), and a commit whose outcome the transaction manager could not
     * learn: retrying that is safe, since the inbox row commits with the effect or not at all. A data or integrity
     * error (SQLSTATE 22, 23) never is, even when the commit reports it.
     */
    public static boolean isOutage(Throwable e) {
        // A constraint or value the database refused is the work's own fault however it is wrapped: found at commit
        // it arrives inside the transaction manager's RollbackException, which alone would read as an outage.
        if (Causes.hasSqlState(e, state -> state.startsWith("22") || state.startsWith("23"))) {
            return false;
        }
        return Causes.any(
                        e,
                        t -> t instanceof JDBCConnectionException
                                || t instanceof SQLTransientException
                                || t instanceof ConnectException
                                || t instanceof RollbackException
                                || t instanceof HeuristicMixedException
                                || t instanceof XAException)
                || Causes.hasSqlState(
                        e,
                        state -> state.startsWith("08")
                                || state.startsWith("57")
                                || state.startsWith("53")
                                || state.equals("40001")
                                || state.equals("40P01"));
    }
}
