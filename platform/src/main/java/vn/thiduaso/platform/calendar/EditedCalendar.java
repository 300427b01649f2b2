package vn.thiduaso.platform.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules every service's copy of the working-day calendar follows (WorkingCalendarChanged v1 from
 * notification-service, where an administrator edits a year): an edited year replaces the defaults
 * of that year, a change older than the one kept is ignored (a replay of the compacted topic, or
 * events out of order), and days outside the edited year are dropped. Each service keeps the edited
 * years in its own table; this class is what they count with.
 */
public final class EditedCalendar {

    private EditedCalendar() {
    }

    /** Whether a change made at {@code incoming} replaces the copy kept from {@code kept} (null: nothing kept). */
    public static boolean replaces(Instant kept, Instant incoming) {
        return kept == null || !kept.isAfter(incoming);
    }

    /** The exceptions of one year, without days of other years. */
    public static List<CalendarDay> ofYear(int year, List<CalendarDay> days) {
        return new ArrayList<>(days.stream().filter(d -> d.date().getYear() == year).toList());
    }

    /** Every edited year from its copy, every other year from {@link DefaultCalendar}. */
    public static WorkingCalendar of(Map<Integer, List<CalendarDay>> editedYears) {
        List<CalendarDay> days = new ArrayList<>();
        editedYears.values().forEach(days::addAll);
        for (DefaultCalendar.Year y : DefaultCalendar.years()) {
            if (!editedYears.containsKey(y.year())) {
                y.days().forEach(d -> days.add(d.toCalendarDay()));
            }
        }
        return new WorkingCalendar(days);
    }
}
