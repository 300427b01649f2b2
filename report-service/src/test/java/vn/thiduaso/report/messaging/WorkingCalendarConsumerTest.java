package vn.thiduaso.report.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.thiduaso.platform.calendar.WorkingCalendar;
import vn.thiduaso.platform.test.TestDatabase;
import vn.thiduaso.platform.test.TestEvents;
import vn.thiduaso.platform.test.TestKafka;
import vn.thiduaso.report.ReportServiceTestEnvironment;
import vn.thiduaso.report.service.WorkingCalendarService;

/** WorkingCalendarChanged v1 from notification-service, through the real broker, into this service's copy. */
@QuarkusTest
class WorkingCalendarConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(25);
    private static final LocalDate EXTRA_DAY_OFF = LocalDate.of(2029, 6, 15); // a Friday
    private static final LocalDate SWAPPED_SATURDAY = LocalDate.of(2029, 6, 16);

    @Inject
    WorkingCalendarService calendar;

    @Test
    void anEditedYearReplacesTheDefaultsOfThatYearOnlyAndAnOlderEditIsIgnored() {
        Instant changedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        TestKafka.send("calendar.working-days", "2029", changed(UUID.randomUUID(), changedAt, List.of(
                Map.of("date", "2029-01-01", "kind", "DAY_OFF", "name", "Tết Dương lịch"),
                Map.of("date", EXTRA_DAY_OFF.toString(), "kind", "DAY_OFF", "name", "Nghỉ bù (thử nghiệm)"),
                Map.of("date", SWAPPED_SATURDAY.toString(), "kind", "WORKING_DAY", "name", "Làm bù"))));

        await().atMost(WAIT).untilAsserted(() -> assertFalse(calendar.calendar().isWorkingDay(EXTRA_DAY_OFF)));
        WorkingCalendar edited = calendar.calendar();
        assertTrue(edited.isWorkingDay(SWAPPED_SATURDAY));
        // 01/05/2029 is a default holiday the administrator's list of 2029 no longer has
        assertTrue(edited.isWorkingDay(LocalDate.of(2029, 5, 1)));
        // other years keep the platform's defaults
        assertFalse(edited.isWorkingDay(LocalDate.of(2030, 9, 2)));
        // "5 working days" counts with the edit: from Thursday 14/06/2029, Friday is off, Saturday is worked
        assertEquals(LocalDate.of(2029, 6, 21), edited.plusWorkingDays(LocalDate.of(2029, 6, 14), 5));

        UUID older = UUID.randomUUID();
        TestKafka.send("calendar.working-days", "2029", changed(older, changedAt.minus(1, ChronoUnit.DAYS), List.of()));
        await().atMost(WAIT).until(() -> TestDatabase.count(ReportServiceTestEnvironment.DATABASE,
                "select count(*) from inbox_event where event_id = '" + older + "'") == 1);
        assertFalse(calendar.calendar().isWorkingDay(EXTRA_DAY_OFF), "an older edit does not overwrite a newer one");
    }

    private static String changed(UUID eventId, Instant changedAt, List<Map<String, String>> days) {
        return TestEvents.envelope(eventId, "WorkingCalendarChanged", 1, changedAt, "notification-service", "2029", null,
                Map.of("year", 2029, "days", days, "changedAt", changedAt.toString(), "changedBy", "admin"));
    }
}
