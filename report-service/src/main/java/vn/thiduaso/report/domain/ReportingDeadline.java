package vn.thiduaso.report.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import vn.thiduaso.platform.time.VietnamTime;

/**
 * Hạn báo cáo. "Báo cáo trước ngày 05/12 hằng năm" means the report must be in before 05/12 starts
 * in Vietnam: the deadline instant is 05/12 00:00 Asia/Ho_Chi_Minh, i.e. 04/12 17:00 UTC.
 * <p>
 * A day that the month does not have in that year (29/02 in a non-leap year, or 31 in a 30-day
 * month) is clipped to the month's last day: 29/02/2027 becomes 28/02/2027. The deadline stays in
 * the month the plan names and moves earlier rather than later, so no unit is ever given more time
 * than the plan allows.
 */
public record ReportingDeadline(LocalDate dueDate, Instant dueAt) {

    public static ReportingDeadline of(int year, int dueMonth, int dueDay) {
        if (dueMonth < 1 || dueMonth > 12) {
            throw new IllegalArgumentException("due month must be 1..12, was " + dueMonth);
        }
        if (dueDay < 1 || dueDay > 31) {
            throw new IllegalArgumentException("due day must be 1..31, was " + dueDay);
        }
        YearMonth month = YearMonth.of(year, dueMonth);
        return on(month.atDay(Math.min(dueDay, month.lengthOfMonth())));
    }

    /** A deadline on a given date (an AD_HOC report): due as that day starts in Vietnam. */
    public static ReportingDeadline on(LocalDate dueDate) {
        return new ReportingDeadline(dueDate, VietnamTime.startOfDay(dueDate));
    }
}
