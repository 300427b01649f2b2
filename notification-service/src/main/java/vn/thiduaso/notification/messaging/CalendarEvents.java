package vn.thiduaso.notification.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Payload this service publishes on {@code calendar.working-days} (docs/events.md). */
public final class CalendarEvents {

    /** {@code WorkingCalendarChanged} v1: the whole year's exceptions after an administrator's edit. */
    public record WorkingCalendarChanged(int year, List<Day> days, Instant changedAt, String changedBy) {
    }

    /** One exception: {@code kind} DAY_OFF (a weekday off) or WORKING_DAY (a weekend day worked). */
    public record Day(LocalDate date, String kind, String name) {
    }

    private CalendarEvents() {
    }
}
