package vn.thiduaso.platform.test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what the service logs (every logger, INFO and above) while it is open, in the same JVM as a
 * {@code @QuarkusTest}: {@code try (LogCapture logs = LogCapture.start()) { ...; logs.lines() }}.
 */
public final class LogCapture implements AutoCloseable {

    private final List<String> lines = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(record.getLoggerName() + " " + message(record));
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                line.append(" | ").append(t);
            }
            synchronized (lines) {
                lines.add(line.toString());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        capture.handler.setLevel(Level.INFO);
        Logger.getLogger("").addHandler(capture.handler);
        return capture;
    }

    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(handler);
    }

    private static String message(LogRecord record) {
        if (record instanceof org.jboss.logmanager.ExtLogRecord ext) {
            return ext.getFormattedMessage();
        }
        String message = record.getMessage();
        Object[] params = record.getParameters();
        return params == null || message == null ? String.valueOf(message)
                : message + " " + java.util.Arrays.toString(params);
    }
}
