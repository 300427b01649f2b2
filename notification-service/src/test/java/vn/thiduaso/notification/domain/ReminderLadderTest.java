package vn.thiduaso.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.thiduaso.notification.domain.ReminderLadder.Audience;
import vn.thiduaso.notification.domain.ReminderLadder.Rules;
import vn.thiduaso.notification.domain.ReminderLadder.Step;
import vn.thiduaso.platform.calendar.DefaultCalendar;
import vn.thiduaso.platform.calendar.WorkingCalendar;
import vn.thiduaso.platform.time.VietnamTime;

/** The default ladder on real dates of the Vietnamese calendar (weekends, Tết, New Year). */
class ReminderLadderTest {

    private static final Rules DEFAULTS = new Rules(LocalTime.of(8, 0), List.of(14, 7, 3, 1, 0), 1, 3, 10, 3);
    private static final WorkingCalendar CALENDAR = DefaultCalendar.calendar();

    private static Map<String, LocalDate> dates(List<Step> steps) {
        return steps.stream().collect(Collectors.toMap(Step::name, Step::date));
    }

    @Test
    void beforeTheDayStepsCountFromTheLastOnTimeDayAndWeekendStepsMoveToTheWorkingDayBefore() {
        // "trước ngày 05/12/2026" (a Saturday): the last on-time day is Friday 04/12
        Instant due = VietnamTime.startOfDay(LocalDate.of(2026, 12, 5));
        List<Step> steps = ReminderLadder.steps(due, DEFAULTS, CALENDAR);
        Map<String, LocalDate> at = dates(steps);

        assertEquals(LocalDate.of(2026, 11, 20), at.get("BEFORE_14"));
        assertEquals(LocalDate.of(2026, 11, 27), at.get("BEFORE_7"));
        assertEquals(LocalDate.of(2026, 12, 1), at.get("BEFORE_3"));
        assertEquals(LocalDate.of(2026, 12, 3), at.get("BEFORE_1"));
        assertEquals(LocalDate.of(2026, 12, 4), at.get("DUE"));
        // the day after is a Saturday; moving it back would put it before the deadline: Monday instead
        assertEquals(LocalDate.of(2026, 12, 7), at.get("OVERDUE_1"));
        assertEquals(LocalDate.of(2026, 12, 8), at.get("OVERDUE_4"));
        assertEquals(LocalDate.of(2026, 12, 18), at.get("OVERDUE_16"), "Sunday 20/12 → Friday 18/12");
        assertEquals(LocalDate.of(2026, 12, 31), at.get("OVERDUE_28"), "01/01/2027 is Tết Dương lịch");
        assertEquals(10, steps.stream().filter(s -> s.kind() == EmailKind.OVERDUE).count());
        assertEquals(LocalDate.of(2026, 12, 7), at.get("ESCALATION_3"));
        assertEquals(LocalDate.of(2026, 12, 10), at.get("ESCALATION_6"));
        assertTrue(steps.stream().filter(s -> s.audience() == Audience.ESCALATION)
                .allMatch(s -> s.kind() == EmailKind.ESCALATION));
        // every step at 08:00 in Vietnam, in order
        assertEquals(Instant.parse("2026-11-20T01:00:00Z"), steps.get(0).fireAt());
        for (int i = 1; i < steps.size(); i++) {
            assertTrue(!steps.get(i).fireAt().isBefore(steps.get(i - 1).fireAt()));
        }
        assertTrue(steps.stream().filter(s -> s.kind() == EmailKind.REMINDER).allMatch(s -> s.fireAt().isBefore(due)));
        assertTrue(steps.stream().filter(s -> s.kind() != EmailKind.REMINDER).allMatch(s -> s.fireAt().isAfter(due)));
    }

    @Test
    void stepsFallingInTetCollapseIntoOneMailOnTheLastWorkingDayBefore() {
        // "trước ngày 20/02/2026": the last on-time day 19/02 is in the Tết days off (14–22/02)
        Instant due = VietnamTime.startOfDay(LocalDate.of(2026, 2, 20));
        List<Step> before = ReminderLadder.steps(due, DEFAULTS, CALENDAR).stream()
                .filter(s -> s.kind() == EmailKind.REMINDER).toList();

        assertEquals(List.of("BEFORE_14", "BEFORE_7", "DUE"), before.stream().map(Step::name).toList());
        assertEquals(LocalDate.of(2026, 2, 5), before.get(0).date());
        assertEquals(LocalDate.of(2026, 2, 12), before.get(1).date());
        // BEFORE_3 (16/02), BEFORE_1 (18/02) and DUE (19/02) all move to Friday 13/02: one mail, the DUE one
        assertEquals(LocalDate.of(2026, 2, 13), before.get(2).date());
    }

    @Test
    void theLadderIsConfiguration() {
        Rules rules = new Rules(LocalTime.of(7, 30), List.of(5, 0), 2, 7, 2, 2);
        Instant due = VietnamTime.startOfDay(LocalDate.of(2026, 10, 15)); // a Thursday: last day Wed 14/10
        Map<String, LocalDate> at = dates(ReminderLadder.steps(due, rules, new WorkingCalendar(List.of())));

        assertEquals(Map.of("BEFORE_5", LocalDate.of(2026, 10, 9), "DUE", LocalDate.of(2026, 10, 14),
                "OVERDUE_2", LocalDate.of(2026, 10, 16), "OVERDUE_9", LocalDate.of(2026, 10, 23),
                "ESCALATION_2", LocalDate.of(2026, 10, 16), "ESCALATION_9", LocalDate.of(2026, 10, 23)), at);
        assertEquals(Instant.parse("2026-10-09T00:30:00Z"),
                ReminderLadder.steps(due, rules, new WorkingCalendar(List.of())).get(0).fireAt());
    }
}
