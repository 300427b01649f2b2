package vn.thiduaso.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import vn.thiduaso.platform.time.VietnamTime;

/**
 * What a person should read about a deadline now (Trạng thái hạn): its status from the report events,
 * and for an open one, where the clock stands — not yet due, due soon, overdue.
 */
public enum DeadlineState {
    /** Chưa đến hạn. */
    NOT_YET_DUE,
    /** Sắp đến hạn: at most {@code due-soon-days} calendar days left. */
    DUE_SOON,
    /** Quá hạn: the due instant has passed and nothing was sent. */
    OVERDUE,
    /** Đã nộp. */
    SUBMITTED,
    /** Đã tiếp nhận. */
    ACCEPTED,
    /** Không còn phải báo cáo. */
    WITHDRAWN;

    public static DeadlineState of(DeadlineStatus status, Instant dueAt, Instant now, int dueSoonDays) {
        return switch (status) {
            case WITHDRAWN -> WITHDRAWN;
            case ACCEPTED -> ACCEPTED;
            case SUBMITTED -> SUBMITTED;
            case OPEN -> !now.isBefore(dueAt) ? OVERDUE
                    : daysLeft(dueAt, now) <= dueSoonDays ? DUE_SOON : NOT_YET_DUE;
        };
    }

    /**
     * Calendar days in Vietnam from today to the due date (the day the deadline falls at 00:00):
     * 1 on the last day to submit, 0 on the due date, negative after it.
     */
    public static long daysLeft(Instant dueAt, Instant now) {
        return ChronoUnit.DAYS.between(VietnamTime.dateOf(now), VietnamTime.dateOf(dueAt));
    }

    /** How many days after the last on-time day {@code now} is (≥ 1 once overdue). */
    public static long daysOverdue(Instant dueAt, Instant now) {
        return ChronoUnit.DAYS.between(lastDay(dueAt), VietnamTime.dateOf(now));
    }

    /** The last day on which a report is on time: "trước ngày 05/12" (05/12 00:00) → 04/12. */
    public static LocalDate lastDay(Instant dueAt) {
        return VietnamTime.dateOf(dueAt.minusNanos(1));
    }
}
