package vn.thiduaso.notification.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One year of the editable working-day calendar (Lịch làm việc); its days are {@link WorkingCalendarDay}. */
@Entity
@Table(name = "working_calendar_year")
public class WorkingCalendarYear {

    @Id
    public int year;

    /** Where the days come from: the default data's source, or the administrator's edit. */
    @Column(nullable = false)
    public String source;

    /** An administrator changed it: seeding never touches it again. */
    @Column(nullable = false)
    public boolean edited;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Version
    public long version;
}
