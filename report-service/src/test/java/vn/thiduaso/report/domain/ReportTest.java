package vn.thiduaso.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.thiduaso.platform.problem.ConflictException;

/** The report's lifecycle rules, without a database. */
class ReportTest {

    private static final Instant DUE = Instant.parse("2027-12-04T17:00:00Z");

    private static Report draft() {
        ReportingPeriod period = new ReportingPeriod();
        period.id = UUID.randomUUID();
        period.dueAt = DUE;
        period.dueDate = LocalDate.of(2027, 12, 5);
        ReportRequirement requirement = period.require(new UnitSnapshot(UUID.randomUUID(), "/x/thon-1", "Thôn 1"));
        return Report.draft(requirement, "", "unit", DUE.minusSeconds(86400));
    }

    @Test
    void lateSecondsAreRoundedUpAndZeroOnTime() {
        assertEquals(0, Report.lateSeconds(DUE, DUE));
        assertEquals(0, Report.lateSeconds(DUE, DUE.minusSeconds(1)));
        assertEquals(1, Report.lateSeconds(DUE, DUE.plusMillis(1)));
        assertEquals(3600, Report.lateSeconds(DUE, DUE.plusSeconds(3600)));
    }

    @Test
    void aSubmissionAfterTheUnitsOwnDeadlineIsLateAgainstThatDeadline() {
        Report report = draft();
        report.submit("unit", DUE.plusSeconds(10), false);
        assertEquals(ReportStatus.SUBMITTED, report.status);
        assertEquals(10L, report.lateSeconds);
        assertEquals(RequirementStatus.SUBMITTED, report.requirement.status);

        report.returnToUnit("office", DUE.plusSeconds(20), "Thiếu số liệu", ReportingDeadline.on(LocalDate.of(2027, 12, 12)));
        assertEquals(RequirementStatus.DRAFTING, report.requirement.status);
        report.submit("unit", Instant.parse("2027-12-10T00:00:00Z"), false);
        assertFalse(report.late(), "on time against the new deadline");
        assertEquals("Thiếu số liệu", report.lastReturnReason());
    }

    @Test
    void stepsOutOfOrderAreConflicts() {
        Report report = draft();
        assertThrows(ConflictException.class, () -> report.accept("office", DUE, null));
        assertThrows(ConflictException.class, () -> report.confirm("leader", DUE));
        assertThrows(ConflictException.class, () -> report.reopen("office", DUE, "x", ReportingDeadline.on(LocalDate.of(2028, 1, 1))));
        report.submit("unit", DUE, true);
        assertEquals(ReportStatus.AWAITING_CONFIRMATION, report.status);
        assertNull(report.submittedAt);
        assertThrows(ConflictException.class, () -> report.submit("unit", DUE, true));
        assertThrows(ConflictException.class, report::requireEditable);
        report.confirm("leader", DUE.plusSeconds(5));
        assertEquals(5L, report.lateSeconds, "lateness is measured at confirmation");
        report.accept("office", DUE, null);
        assertThrows(ConflictException.class, () -> report.returnToUnit("office", DUE, "x",
                ReportingDeadline.on(LocalDate.of(2028, 1, 1))));
        assertEquals(java.util.List.of(ReportAction.CREATED, ReportAction.SUBMITTED, ReportAction.CONFIRMED,
                ReportAction.ACCEPTED), report.history.stream().map(h -> h.action).toList());
    }

    @Test
    void percentagesAndAttainment() {
        assertEquals(new BigDecimal("92.0000"), TargetValue.percentage(new BigDecimal("46"), new BigDecimal("50")));
        assertNull(TargetValue.percentage(new BigDecimal("0"), BigDecimal.ZERO));
        assertTrue(TargetValue.attained(new BigDecimal("92"), new BigDecimal("90"), "GT"));
        assertFalse(TargetValue.attained(new BigDecimal("90"), new BigDecimal("90"), "GT"));
        assertTrue(TargetValue.attained(new BigDecimal("4"), new BigDecimal("5"), "LTE"));
        assertNull(TargetValue.attained(new BigDecimal("4"), new BigDecimal("5"), "BETWEEN"), "an unknown comparison");
        assertNull(TargetValue.attained(null, new BigDecimal("5"), "GTE"));
    }

    @Test
    void unitKindsMapToTheirTargetGroups() {
        assertEquals("VILLAGES", DirectoryUnit.targetGroupOf("VILLAGE"));
        assertEquals("SCHOOLS", DirectoryUnit.targetGroupOf("SCHOOL"));
        assertEquals("ENTERPRISES_AND_COOPERATIVES", DirectoryUnit.targetGroupOf("ENTERPRISE"));
        assertEquals("FRONT_AND_MASS_ORGANISATIONS", DirectoryUnit.targetGroupOf("MASS_ORGANISATION"));
        assertEquals("OFFICES_AND_UNITS", DirectoryUnit.targetGroupOf("POLICE"));
        assertEquals("OFFICES_AND_UNITS", DirectoryUnit.targetGroupOf(null));
    }
}
