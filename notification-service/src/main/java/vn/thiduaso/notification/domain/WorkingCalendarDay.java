package vn.thiduaso.notification.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.thiduaso.platform.calendar.CalendarDay;

/** One exception to the Monday–Friday week in the editable calendar. */
@Entity
@Table(name = "working_calendar_day")
public class WorkingCalendarDay {

    @Id
    public LocalDate day;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CalendarDay.Kind kind;

    @Column(nullable = false)
    public String name;

    public CalendarDay toCalendarDay() {
        return new CalendarDay(day, kind, name);
    }
}
