package vn.thiduaso.notification.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import vn.thiduaso.notification.repository.DeadlineRepository;
import vn.thiduaso.notification.service.WorkingCalendarService.WorkingCalendarChangedLocally;
import vn.thiduaso.platform.calendar.WorkingCalendar;

/**
 * After an administrator's calendar edit has committed, moves the waiting reminder steps of every
 * open deadline to the new working days: in batches of units, each batch one short transaction
 * holding its units' locks (sorted), so that a city's worth of deadlines never holds thousands of
 * locks at once nor deadlocks with a consumer. Runs off the request thread; if the service stops
 * meanwhile, the remaining deadlines are re-planned by their next event (documented limitation).
 */
@ApplicationScoped
public class CalendarReplanner {

    static final int UNITS_PER_BATCH = 50;

    private final ReminderPlanner planner;
    private final WorkingCalendarService calendars;
    private final DeadlineRepository deadlines;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "calendar-replan");
        thread.setDaemon(true);
        return thread;
    });

    public CalendarReplanner(ReminderPlanner planner, WorkingCalendarService calendars, DeadlineRepository deadlines,
            Clock clock) {
        this.planner = planner;
        this.calendars = calendars;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkingCalendarChangedLocally changed) {
        try {
            executor.execute(() -> replanAll(changed.year()));
        } catch (RejectedExecutionException e) {
            Log.warnf("Working calendar %d changed while stopping: reminders not re-planned", changed.year());
        }
    }

    /** Re-plans every unit's open deadlines; returns how many deadlines were looked at. */
    public int replanAll(int year) {
        try {
            Instant dueAfter = clock.instant().minus(planner.horizon());
            List<UUID> units = QuarkusTransaction.requiringNew().call(() -> deadlines.unitsWithOpenDueAfter(dueAfter));
            WorkingCalendar calendar = calendars.calendar();
            int n = 0;
            for (int i = 0; i < units.size(); i += UNITS_PER_BATCH) {
                n += planner.replanUnits(units.subList(i, Math.min(units.size(), i + UNITS_PER_BATCH)), dueAfter,
                        calendar);
            }
            Log.infof("Working calendar %d changed: reminders of %d open deadline(s) of %d unit(s) re-planned", year, n,
                    units.size());
            return n;
        } catch (RuntimeException e) {
            Log.warnf("Re-planning reminders after the calendar change of %d failed: %s", year, e.getMessage());
            return 0;
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }
}
