package vn.thiduaso.notification.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of notification-service; environment variables (THIDUASO_NOTIFICATION_...) override them. */
@ConfigMapping(prefix = "thiduaso.notification")
public interface NotificationConfig {

    /**
     * A deadline is announced by mail only when it falls within this period from now; deadlines
     * further ahead are left to the reminder schedule, past ones to overdue handling.
     */
    @WithDefault("P365D")
    Duration announceWithin();

    /** Address of the web application, named in mails as the place where reports are submitted. */
    @WithDefault("http://127.0.0.1:8080")
    String appUrl();

    Mail mail();

    interface Mail {

        /** How often the sender looks for pending mails (read by its {@code @Scheduled}). */
        @WithDefault("2s")
        String pollInterval();

        /** At most this many mails per pass, each in its own short transaction. */
        @WithDefault("50")
        int batchSize();

        /** After this many failed tries a mail is marked FAILED and left alone. */
        @WithDefault("5")
        int maxAttempts();

        /** Wait before the first retry; doubled after each further failure. */
        @WithDefault("30s")
        Duration retryDelay();
    }
}
