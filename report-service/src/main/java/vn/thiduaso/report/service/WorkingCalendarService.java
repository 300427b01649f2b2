package vn.thiduaso.report.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import vn.thiduaso.platform.calendar.CalendarDay;
import vn.thiduaso.platform.calendar.EditedCalendar;
import vn.thiduaso.platform.calendar.WorkingCalendar;
import vn.thiduaso.report.domain.WorkingCalendarYear;
import vn.thiduaso.report.repository.WorkingCalendarRepository;

/**
 * The working-day calendar this service counts with (return deadlines): the years an administrator
 * edited in notification-service (WorkingCalendarChanged v1), the platform's DefaultCalendar for the
 * others.
 */
@ApplicationScoped
public class WorkingCalendarService {

    private final WorkingCalendarRepository years;

    public WorkingCalendarService(WorkingCalendarRepository years) {
        this.years = years;
    }

    /**
     * A year was edited: its exceptions replace the copy. A change older than the one kept (a replay
     * of the compacted topic, or events out of order) is ignored. Days outside the year are dropped.
     */
    @Transactional
    public void yearChanged(int year, List<CalendarDay> days, Instant changedAt, String changedBy) {
        WorkingCalendarYear copy = years.findById(year);
        if (copy != null && !EditedCalendar.replaces(copy.changedAt, changedAt)) {
            Log.infof("Ignoring working calendar %d of %s: a newer change (%s) is kept", year, changedAt,
                    copy.changedAt);
            return;
        }
        boolean isNew = copy == null;
        if (isNew) {
            copy = new WorkingCalendarYear();
            copy.year = year;
        }
        copy.days = EditedCalendar.ofYear(year, days);
        copy.changedAt = changedAt;
        copy.changedBy = changedBy;
        copy.updatedAt = Instant.now();
        if (isNew) {
            years.persist(copy);
        }
        Log.infof("Working calendar %d changed by %s: %d exception(s)", year, changedBy, copy.days.size());
    }

    /** Every edited year from the copy, every other year from the defaults. */
    @Transactional
    public WorkingCalendar calendar() {
        Map<Integer, List<CalendarDay>> edited = new HashMap<>();
        for (WorkingCalendarYear y : years.listAll()) {
            edited.put(y.year, y.days);
        }
        return EditedCalendar.of(edited);
    }
}
