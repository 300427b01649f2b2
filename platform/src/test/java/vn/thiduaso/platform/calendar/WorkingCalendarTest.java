package vn.thiduaso.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = DefaultCalendar.calendar();

    @Test
    void theDataCoversEveryYearOfTheMovement() {
        assertEquals(java.util.List.of(2025, 2026, 2027, 2028, 2029, 2030),
                DefaultCalendar.years().stream().map(DefaultCalendar.Year::year).toList());
    }

    @Test
    void noDateIsListedTwice() {
        java.util.List<LocalDate> dates = DefaultCalendar.years().stream().flatMap(y -> y.days().stream())
                .map(DefaultCalendar.Day::date).toList();
        assertEquals(dates.size(), new java.util.HashSet<>(dates).size());
        // 30/4/2028 is a Sunday and 1/5 a holiday itself: the day off in lieu is Tuesday 02/5.
        assertFalse(calendar.isWorkingDay(LocalDate.of(2028, 5, 2)));
    }

    @Test
    void tetAndTheNationalHolidaysAreDaysOff() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 2, 16)), "Tết Bính Ngọ");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 4, 27)), "Giỗ Tổ 2026 falls on a Sunday: Monday off");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2027, 9, 2)), "Quốc khánh");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 4, 26)), "Saturday worked in exchange for 02/5/2025");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 12, 3)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 12, 5)), "a Saturday");
    }

    @Test
    void fiveWorkingDaysSkipWeekendsAndTet() {
        // Thursday 03/12/2026 + 5 working days = Thursday 10/12/2026.
        assertEquals(LocalDate.of(2026, 12, 10), calendar.plusWorkingDays(LocalDate.of(2026, 12, 3), 5));
        // Friday 13/02/2026, the last day before Tết (14–22/02 off): 5 working days later is 27/02.
        assertEquals(LocalDate.of(2026, 2, 27), calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 5));
        assertEquals(5, calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 27)));
    }

    @Test
    void aDayOffMovesToTheWorkingDayBefore() {
        assertEquals(LocalDate.of(2026, 2, 13), calendar.onOrBefore(LocalDate.of(2026, 2, 18)));
        assertEquals(LocalDate.of(2026, 12, 4), calendar.onOrBefore(LocalDate.of(2026, 12, 6)));
        assertEquals(LocalDate.of(2026, 12, 3), calendar.onOrBefore(LocalDate.of(2026, 12, 3)));
    }
}
