package vn.thiduaso.platform.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The default working-day data shipped with the platform ({@code thiduaso/calendar/vn-holidays.json}):
 * Vietnamese public holidays, official days off and swapped working days, 2025–2030. Services seed
 * their editable copy from it; a year missing from a copy falls back to it.
 */
public final class DefaultCalendar {

    public static final String RESOURCE = "thiduaso/calendar/vn-holidays.json";

    /** One year of the data file. */
    public record Year(int year, String source, List<Day> days) {
    }

    public record Day(LocalDate date, CalendarDay.Kind kind, String name) {

        public CalendarDay toCalendarDay() {
            return new CalendarDay(date, kind, name);
        }
    }

    record File(String description, List<Year> years) {
    }

    private static final List<Year> YEARS = load();

    /** Every year of the data file, oldest first. */
    public static List<Year> years() {
        return YEARS;
    }

    /** The calendar of every year in the data file. */
    public static WorkingCalendar calendar() {
        return new WorkingCalendar(YEARS.stream().flatMap(y -> y.days().stream()).map(Day::toCalendarDay).toList());
    }

    private static List<Year> load() {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = DefaultCalendar.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the platform library");
            }
            return List.copyOf(json.readValue(in, File.class).years());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DefaultCalendar() {
    }
}
