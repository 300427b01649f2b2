package vn.thiduaso.award.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thiduaso.platform.calendar.CalendarDay;

/**
 * One year of the working-day calendar as an administrator last edited it (copied from
 * WorkingCalendarChanged v1); a year without a row uses the platform's DefaultCalendar.
 */
@Entity
@Table(name = "working_calendar_year")
public class WorkingCalendarYear {

    @Id
    public int year;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<CalendarDay> days = new ArrayList<>();

    /** When the administrator changed it (the event's changedAt): an older change never overwrites a newer one. */
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
