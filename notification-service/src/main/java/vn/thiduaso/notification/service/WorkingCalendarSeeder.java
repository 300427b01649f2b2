package vn.thiduaso.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

/** At start, the default years the editable calendar does not have yet are copied in (never an edited one). */
@ApplicationScoped
public class WorkingCalendarSeeder {

    private final WorkingCalendarService calendars;

    public WorkingCalendarSeeder(WorkingCalendarService calendars) {
        this.calendars = calendars;
    }

    void onStart(@Observes StartupEvent event) {
        calendars.seedMissingYears();
    }
}
