package vn.thiduaso.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Every calendar rule and every date shown to people is in Vietnam's time zone, dates as dd/MM/yyyy. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    public static String date(Instant instant) {
        return DATE.format(instant.atZone(ZONE));
    }

    public static String time(Instant instant) {
        return TIME.format(instant.atZone(ZONE));
    }

    private VietnamTime() {
    }
}
