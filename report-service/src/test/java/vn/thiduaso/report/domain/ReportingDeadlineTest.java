package vn.thiduaso.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReportingDeadlineTest {

    @Test
    void beforeFifthOfDecemberMeansMidnightInVietnamWhichIsSeventeenHundredUtcTheDayBefore() {
        ReportingDeadline deadline = ReportingDeadline.of(2026, 12, 5);
        assertEquals(LocalDate.of(2026, 12, 5), deadline.dueDate());
        assertEquals(Instant.parse("2026-12-04T17:00:00Z"), deadline.dueAt());
    }

    @Test
    void newYearsDayDeadlineFallsOnTheLastEveningOfTheYearBeforeInUtc() {
        assertEquals(Instant.parse("2026-12-31T17:00:00Z"), ReportingDeadline.of(2027, 1, 1).dueAt());
    }

    @Test
    void twentyNinthOfFebruaryIsClippedToTheLastDayOfFebruaryInANonLeapYear() {
        ReportingDeadline deadline = ReportingDeadline.of(2027, 2, 29);
        assertEquals(LocalDate.of(2027, 2, 28), deadline.dueDate());
        assertEquals(Instant.parse("2027-02-27T17:00:00Z"), deadline.dueAt());
    }

    @Test
    void twentyNinthOfFebruaryIsKeptInALeapYear() {
        assertEquals(LocalDate.of(2028, 2, 29), ReportingDeadline.of(2028, 2, 29).dueDate());
    }

    @Test
    void thirtyFirstOfAThirtyDayMonthIsClippedToItsLastDay() {
        assertEquals(LocalDate.of(2026, 4, 30), ReportingDeadline.of(2026, 4, 31).dueDate());
    }

    @Test
    void impossibleDayOrMonthIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ReportingDeadline.of(2026, 13, 5));
        assertThrows(IllegalArgumentException.class, () -> ReportingDeadline.of(2026, 0, 5));
        assertThrows(IllegalArgumentException.class, () -> ReportingDeadline.of(2026, 12, 0));
        assertThrows(IllegalArgumentException.class, () -> ReportingDeadline.of(2026, 12, 32));
    }
}
