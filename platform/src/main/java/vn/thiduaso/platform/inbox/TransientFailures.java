package vn.thiduaso.platform.inbox;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * The one rule for "try this record again in a moment" versus "this record is poison": a failure
 * is transient when something in its cause chain says the database (or the network to it) was
 * briefly unable, not that the record is wrong. Everything else, and always a
 * {@link PoisonEventException}, goes straight to the dead-letter topic.
 */
public final class TransientFailures {

    /**
     * PostgreSQL SQLSTATEs that a later attempt can get past: serialization failure, deadlock,
     * lock not available (lock_timeout), query cancelled (statement_timeout), too many connections,
     * admin/crash shutdown and "cannot connect now" (a restart).
     */
    static final Set<String> STATES = Set.of("40001", "40P01", "55P03", "57014", "53300", "57P01", "57P02", "57P03");

    /** True when retrying the same record may succeed. */
    public static boolean isTransient(Throwable failure) {
        return isTransient(failure, 0);
    }

    private static boolean isTransient(Throwable failure, int level) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            // a commit that failed keeps the reason as a suppressed exception in some paths
            if (level < 2) {
                for (Throwable suppressed : t.getSuppressed()) {
                    if (!(suppressed instanceof PoisonEventException) && isTransient(suppressed, level + 1)) {
                        return true;
                    }
                }
            }
            if (t instanceof PoisonEventException) {
                return false;
            }
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof ConnectException || t instanceof SocketTimeoutException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.QueryTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && transientState(sql.getSQLState())) {
                return true;
            }
            // Agroal: no connection could be taken from the pool in time (the database is away).
            if (t instanceof SQLException && t.getMessage() != null && t.getMessage().contains("Acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    static boolean transientState(String state) {
        // Class 08: connection exceptions (the database went away mid-transaction or refused us).
        return state != null && (state.startsWith("08") || STATES.contains(state));
    }

    private TransientFailures() {
    }
}
