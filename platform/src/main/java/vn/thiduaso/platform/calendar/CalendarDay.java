package vn.thiduaso.platform.calendar;

import java.time.LocalDate;

/**
 * One exception to the Monday–Friday week: a public holiday or official day off on a weekday
 * ({@link Kind#DAY_OFF}), or a Saturday/Sunday worked in exchange ({@link Kind#WORKING_DAY}).
 */
public record CalendarDay(LocalDate date, Kind kind, String name) {

    public enum Kind {
        /** Ngày nghỉ lễ, Tết hoặc nghỉ bù: no work although it may be a weekday. */
        DAY_OFF,
        /** Ngày làm bù: a weekend day worked in exchange for a day off. */
        WORKING_DAY
    }
}
