package se.uppdrag.platform.errors;

import java.sql.SQLException;
import java.util.function.Predicate;

/** Questions about an exception however deep Hibernate, the transaction manager or a framework wrapped the cause. */
public final class Causes {

    private Causes() {}

    /** Whether the exception or any of its causes passes the test. */
    public static boolean any(Throwable e, Predicate<Throwable> test) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause, the one that says what actually happened. */
    public static Throwable root(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** Whether a JDBC exception in the chain carries a SQLSTATE that passes the test (23505, a class such as 08…). */
    public static boolean hasSqlState(Throwable e, Predicate<String> state) {
        return any(e, t -> t instanceof SQLException sql && sql.getSQLState() != null && state.test(sql.getSQLState()));
    }
}
