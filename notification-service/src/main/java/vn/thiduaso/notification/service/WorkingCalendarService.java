package vn.thiduaso.notification.service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import vn.thiduaso.notification.domain.WorkingCalendarDay;
import vn.thiduaso.notification.domain.WorkingCalendarYear;
import vn.thiduaso.notification.messaging.CalendarEvents;
import vn.thiduaso.notification.repository.WorkingCalendarRepository;
import vn.thiduaso.notification.service.AccessPolicy.Action;
import vn.thiduaso.notification.service.AccessPolicy.Target;
import vn.thiduaso.platform.calendar.CalendarDay;
import vn.thiduaso.platform.calendar.DefaultCalendar;
import vn.thiduaso.platform.calendar.WorkingCalendar;
import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.outbox.Outbox;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.Problem;
import vn.thiduaso.platform.problem.StaleVersionException;
import vn.thiduaso.platform.security.CallerScope;

/**
 * Lịch làm việc: this service's editable copy of the working-day calendar. Years come from the
 * platform's {@link DefaultCalendar} at start (only years not present: an administrator's edit is
 * never overwritten); an edit replaces one year's exceptions, is published as WorkingCalendarChanged
 * v1 for report-service, and after its commit the open deadlines' reminders are re-planned
 * ({@link CalendarReplanner}).
 */
@ApplicationScoped
public class WorkingCalendarService {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    static final String NO_DATA = "Chưa có dữ liệu ngày nghỉ của năm: chỉ thứ Bảy, Chủ nhật là ngày nghỉ / no data: weekends only";

    /** One year as the API shows it. */
    public record YearView(int year, String source, boolean edited, Instant changedAt, String changedBy,
            Long version, List<CalendarDay> days) {
    }

    /** Fired (CDI) in the transaction of an edit; observed after its commit. */
    public record WorkingCalendarChangedLocally(int year) {
    }

    private final WorkingCalendarRepository repository;
    private final Outbox outbox;
    private final AccessPolicy policy;
    private final Event<WorkingCalendarChangedLocally> changed;
    private final Clock clock;

    public WorkingCalendarService(WorkingCalendarRepository repository, Outbox outbox, AccessPolicy policy,
            Event<WorkingCalendarChangedLocally> changed, Clock clock) {
        this.repository = repository;
        this.outbox = outbox;
        this.policy = policy;
        this.changed = changed;
        this.clock = clock;
    }

    /** Seeds every default year not present yet; idempotent, safe with two instances starting at once. */
    @Transactional
    public int seedMissingYears() {
        int seeded = 0;
        Instant now = clock.instant();
        for (DefaultCalendar.Year year : DefaultCalendar.years()) {
            if (!repository.insertYearIfAbsent(year.year(), source(year), now)) {
                continue;
            }
            // one row per date: a date listed twice in the data (2028-05-01) keeps both names
            java.util.Map<LocalDate, WorkingCalendarDay> byDate = new java.util.LinkedHashMap<>();
            for (DefaultCalendar.Day d : year.days()) {
                WorkingCalendarDay day = byDate.get(d.date());
                if (day == null) {
                    day = new WorkingCalendarDay();
                    day.day = d.date();
                    day.year = year.year();
                    day.name = d.name();
                    byDate.put(d.date(), day);
                } else {
                    day.name = (day.name + "; " + d.name());
                }
                day.kind = d.kind();
                day.name = day.name.length() > 200 ? day.name.substring(0, 200) : day.name;
            }
            byDate.values().forEach(repository::persist);
            seeded++;
        }
        if (seeded > 0) {
            Log.infof("Working calendar: %d default year(s) seeded", seeded);
        }
        return seeded;
    }

    /** The calendar every rule of this service uses: the editable copy (a year without data: weekends only). */
    @Transactional
    public WorkingCalendar calendar() {
        return new WorkingCalendar(repository.allDays().stream().map(WorkingCalendarDay::toCalendarDay).toList());
    }

    @Transactional
    public YearView get(CallerScope caller, int year) {
        policy.require(caller, Action.READ_WORKING_CALENDAR, Target.NONE);
        checkYear(year);
        return view(year);
    }

    /**
     * Replaces the year's exceptions. A DAY_OFF must be a weekday and a WORKING_DAY a weekend day
     * (anything else changes nothing and is a mistake), every date inside the year and once only.
     */
    @Transactional
    public YearView put(CallerScope caller, int year, List<CalendarDay> days, Long version) {
        policy.require(caller, Action.EDIT_WORKING_CALENDAR, Target.NONE);
        checkYear(year);
        validate(year, days);
        WorkingCalendarYear row = repository.year(year);
        if (row != null && version != null && row.version != version) {
            throw new StaleVersionException(row.version);
        }
        Instant now = clock.instant();
        String by = caller.username() == null ? "admin" : caller.username();
        boolean created = row == null;
        if (created) {
            row = new WorkingCalendarYear();
            row.year = year;
        }
        row.source = "Quản trị sửa ngày " + vn.thiduaso.platform.time.VietnamTime.date(now) + " / edited by an administrator";
        row.edited = true;
        row.changedAt = now;
        row.changedBy = by;
        if (created) {
            repository.persist(row);
        }
        repository.deleteDays(year);
        repository.flush();
        for (CalendarDay d : days) {
            WorkingCalendarDay day = new WorkingCalendarDay();
            day.day = d.date();
            day.year = year;
            day.kind = d.kind();
            day.name = d.name().trim();
            repository.persist(day);
        }
        repository.flush();
        List<CalendarDay> sorted = days.stream().sorted(java.util.Comparator.comparing(CalendarDay::date)).toList();
        outbox.publish(Topics.CALENDAR_WORKING_DAYS, EventTypes.WORKING_CALENDAR_CHANGED, 1, String.valueOf(year), null,
                new CalendarEvents.WorkingCalendarChanged(year,
                        sorted.stream().map(d -> new CalendarEvents.Day(d.date(), d.kind().name(), d.name().trim())).toList(),
                        now, by));
        // re-planned after the commit, unit by unit (CalendarReplanner), never inside this transaction
        changed.fire(new WorkingCalendarChangedLocally(year));
        Log.infof("Working calendar %d changed by %s: %d exception day(s)", year, by, days.size());
        return view(year);
    }

    private YearView view(int year) {
        WorkingCalendarYear row = repository.year(year);
        if (row == null) {
            return new YearView(year, NO_DATA, false, null, null, null, List.of());
        }
        return new YearView(year, row.source, row.edited, row.changedAt, row.changedBy, row.version,
                repository.days(year).stream().map(WorkingCalendarDay::toCalendarDay).toList());
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidFieldException("year", "Năm phải từ " + FIRST_YEAR + " đến " + LAST_YEAR);
        }
    }

    static void validate(int year, List<CalendarDay> days) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            CalendarDay d = days.get(i);
            String at = "days[" + i + "]";
            if (d.date().getYear() != year) {
                errors.add(new Problem.FieldError(at + ".date", "Ngày phải thuộc năm " + year));
            } else if (!seen.add(d.date())) {
                errors.add(new Problem.FieldError(at + ".date", "Ngày này đã có trong danh sách"));
            }
            boolean weekend = d.date().getDayOfWeek() == DayOfWeek.SATURDAY || d.date().getDayOfWeek() == DayOfWeek.SUNDAY;
            if (d.kind() == CalendarDay.Kind.DAY_OFF && weekend) {
                errors.add(new Problem.FieldError(at + ".kind",
                        "Thứ Bảy, Chủ nhật vốn là ngày nghỉ: ghi ngày nghỉ bù vào ngày làm việc được nghỉ"));
            } else if (d.kind() == CalendarDay.Kind.WORKING_DAY && !weekend) {
                errors.add(new Problem.FieldError(at + ".kind",
                        "Ngày làm bù chỉ có thể là thứ Bảy hoặc Chủ nhật"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
    }

    private static String source(DefaultCalendar.Year year) {
        String s = year.source() == null || year.source().isBlank() ? "Dữ liệu mặc định" : year.source();
        return s.length() > 500 ? s.substring(0, 500) : s;
    }
}
