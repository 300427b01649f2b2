package vn.thiduaso.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** Which consumer failures are retried (the services' tests prove the retry on a real lock timeout). */
class TransientFailuresTest {

    private static RuntimeException wrapped(Throwable cause) {
        return new RuntimeException("could not execute statement", new IllegalStateException("flush", cause));
    }

    @Test
    void lockTimeoutDeadlockSerializationAndLostConnectionsAreTransient() {
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("canceling statement due to lock timeout", "55P03"))));
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("deadlock detected", "40P01"))));
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("could not serialize access", "40001"))));
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("An I/O error occurred", "08006"))));
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(TransientFailures.isTransient(wrapped(new ConnectException("Connection refused"))));
        assertTrue(TransientFailures.isTransient(wrapped(new SQLException("Acquisition timeout while waiting for new connection"))));
        assertTrue(TransientFailures.isTransient(new jakarta.persistence.LockTimeoutException("lock")));
        RuntimeException commit = new RuntimeException("commit failed");
        commit.addSuppressed(new SQLException("connection lost", "08003"));
        assertTrue(TransientFailures.isTransient(commit));
    }

    @Test
    void wrongDataAndPoisonAreNotRetried() {
        assertFalse(TransientFailures.isTransient(wrapped(new SQLException("value too long for type character varying(100)", "22001"))));
        assertFalse(TransientFailures.isTransient(wrapped(new SQLException("duplicate key value", "23505"))));
        assertFalse(TransientFailures.isTransient(new NullPointerException()));
        assertFalse(TransientFailures.isTransient(new IllegalArgumentException("not an event envelope")));
        // a poison record stays poison even when a transient-looking cause travels with it
        assertFalse(TransientFailures.isTransient(new PoisonEventException("bad payload", new SQLException("x", "55P03"))));
    }
}
