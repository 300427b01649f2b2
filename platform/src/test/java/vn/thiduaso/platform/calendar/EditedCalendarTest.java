package vn.thiduaso.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EditedCalendarTest {

    @Test
    void anEditedYearReplacesItsDefaultsAndOtherYearsKeepThem() {
        // 2026-02-16 is a Tết day off by default; the edited 2026 makes only 2026-03-02 a day off.
        WorkingCalendar c = EditedCalendar.of(Map.of(2026,
                List.of(new CalendarDay(LocalDate.of(2026, 3, 2), CalendarDay.Kind.DAY_OFF, "Nghỉ bù"))));
        assertTrue(c.isWorkingDay(LocalDate.of(2026, 2, 16)));
        assertFalse(c.isWorkingDay(LocalDate.of(2026, 3, 2)));
        // 2025 is not edited: Tết 2025 (29/01) stays a day off
        assertFalse(c.isWorkingDay(LocalDate.of(2025, 1, 29)));
    }

    @Test
    void anOlderChangeDoesNotReplaceANewerOneAndDaysOfOtherYearsAreDropped() {
        Instant kept = Instant.parse("2026-05-01T00:00:00Z");
        assertFalse(EditedCalendar.replaces(kept, kept.minusSeconds(1)));
        assertTrue(EditedCalendar.replaces(kept, kept));
        assertTrue(EditedCalendar.replaces(null, kept));
        assertEquals(1, EditedCalendar.ofYear(2026, List.of(
                new CalendarDay(LocalDate.of(2026, 3, 2), CalendarDay.Kind.DAY_OFF, "a"),
                new CalendarDay(LocalDate.of(2027, 3, 2), CalendarDay.Kind.DAY_OFF, "b"))).size());
    }
}
