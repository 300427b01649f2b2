package vn.thiduaso.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lịch làm việc: Monday–Friday, minus the public holidays and official days off of each year, plus
 * the weekend days worked in exchange. Immutable; the data per year lives in
 * {@code thiduaso/calendar/vn-holidays.json} (defaults, {@link DefaultCalendar}) and in each
 * service's copy that an administrator edits (notification-service owns it and publishes changes).
 */
public final class WorkingCalendar {

    private final Map<LocalDate, CalendarDay> exceptions;

    public WorkingCalendar(Collection<CalendarDay> days) {
        this.exceptions = days.stream().collect(Collectors.toUnmodifiableMap(CalendarDay::date, Function.identity(),
                (a, b) -> b));
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay day = exceptions.get(date);
        if (day != null) {
            return day.kind() == CalendarDay.Kind.WORKING_DAY;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The holiday or swap recorded for {@code date}, if any. */
    public java.util.Optional<CalendarDay> exception(LocalDate date) {
        return java.util.Optional.ofNullable(exceptions.get(date));
    }

    /** {@code date} itself when it is a working day, else the nearest working day before it. */
    public LocalDate onOrBefore(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** {@code date} itself when it is a working day, else the nearest working day after it. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The day {@code n} working days after {@code date} ("trong 5 ngày làm việc" from a Friday is the
     * next Friday; from the day before Tết it lands after the days off). {@code n} must be ≥ 0; 0 gives
     * {@link #onOrAfter}.
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0");
        }
        if (n == 0) {
            return onOrAfter(date);
        }
        LocalDate d = date;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** Working days in (from, to]: how many working days lie after {@code from} up to and including {@code to}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
