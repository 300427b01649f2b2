package vn.thiduaso.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Every calendar rule and every date shown to people runs in Vietnam's time zone, dates as
 * dd/MM/yyyy (DESIGN.md §5). "Trước ngày 05/12" means before 05/12 starts there:
 * {@code startOfDay(2026-12-05)} = 2026-12-04T17:00:00Z.
 */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** 00:00 of {@code date} in Vietnam, as an instant. */
    public static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** dd/MM/yyyy in Vietnam. */
    public static String date(Instant instant) {
        return DATE.format(instant.atZone(ZONE));
    }

    /** HH:mm in Vietnam. */
    public static String time(Instant instant) {
        return TIME.format(instant.atZone(ZONE));
    }

    private VietnamTime() {
    }
}
