package vn.thiduaso.notification.config;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

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

    /** A deadline with at most this many calendar days left is DUE_SOON in the API. */
    @WithDefault("7")
    int dueSoonDays();

    Mail mail();

    Reminders reminders();

    /** The reminder ladder and its scheduler (README "Nhắc hạn"). */
    interface Reminders {

        /** Switches the scheduler off (the ladder is still planned); for a read-only instance. */
        @WithDefault("true")
        boolean enabled();

        /** Local time (Asia/Ho_Chi_Minh) at which every step is sent; the daily digest follows it. */
        @WithDefault("08:00")
        LocalTime sendAt();

        /** Days before the last on-time day; 0 = on that day. */
        @WithDefault("14,7,3,1,0")
        List<Integer> daysBefore();

        /** The first overdue reminder, in days after the last on-time day. */
        @WithDefault("1")
        int overdueFirstDay();

        /** Then one every this many days… */
        @WithDefault("3")
        int overdueEveryDays();

        /** …this many overdue reminders in all (then the dashboard and the office take over). */
        @WithDefault("10")
        int overdueMaxSteps();

        /** From this overdue day on, the unit's head and the commune office are told too. */
        @WithDefault("3")
        int escalateFromOverdueDay();

        /**
         * A day's digest (sent from {@link #sendAt()} on) lists the notifications that arrived up to
         * this long after it; later ones go into the next day's.
         */
        @WithDefault("PT1H")
        Duration digestCollect();

        /** How often the scheduler looks for due reminders (read by its {@code @Scheduled}). */
        @WithDefault("30s")
        String pollInterval();

        /**
         * A council member's ballot (CouncilSessionOpened): reminded this long before the voting
         * closes, while the member has not voted on every item.
         */
        @WithDefault("PT24H,PT2H,PT30M")
        List<Duration> ballotBefore();

        /** Rows claimed per transaction. */
        @WithDefault("100")
        int batchSize();
    }

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
