package vn.thiduaso.award.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import vn.thiduaso.platform.calendar.CalendarDay;

/** Payloads of {@code calendar.working-days} this service reads. */
public final class CalendarEvents {

    public record Day(@NotNull LocalDate date, @NotNull CalendarDay.Kind kind, String name) {

        CalendarDay toCalendarDay() {
            return new CalendarDay(date, kind, name);
        }
    }

    /** Payload of {@code WorkingCalendarChanged} v1: the whole year's exceptions after an admin edit. */
    public record WorkingCalendarChanged(@NotNull @Min(2000) @Max(2100) Integer year,
            @NotNull List<@NotNull @Valid Day> days, Instant changedAt, String changedBy) {

        public List<CalendarDay> calendarDays() {
            return days.stream().map(Day::toCalendarDay).toList();
        }
    }

    private CalendarEvents() {
    }
}
