package vn.thiduaso.report.service.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the dashboards answer (the REST resource and the XLSX exports both draw these). */
public final class Dashboards {

    /**
     * Expected = active requirements; submitted = with a report SUBMITTED or ACCEPTED (onTime + late);
     * returned = RETURNED now; accepted = ACCEPTED; missing = not submitted and the due instant has
     * passed; notYetDue = not submitted, due later. expected = submitted + missing + notYetDue.
     */
    public record Counts(long expected, long submitted, long onTime, long late, long returned, long accepted,
            long missing, long notYetDue) {
    }

    public record KindCounts(String unitKind, Counts counts) {
    }

    public record CommuneCounts(UUID communeId, String communeName, String communePath, Counts counts) {
    }

    public record PeriodCounts(UUID id, String title, int year, String kind, boolean secondHop, Instant dueAt,
            UUID planId, String planTitle, Counts counts) {
    }

    /**
     * One requirement: {@code status} its report's (NOT_STARTED without one), {@code state} where it
     * stands in time: ON_TIME, LATE (submitted), MISSING (overdue), NOT_YET_DUE.
     */
    public record UnitRow(UUID requirementId, UUID unitId, String unitName, String unitKind, String unitPath,
            UUID communeId, String communeName, UUID periodId, String periodTitle, int year, boolean secondHop,
            String status, String state, Instant dueAt, Instant submittedAt, boolean late, long lateSeconds,
            Counts counts) {
    }

    public record Completeness(Instant asOf, Counts totals, List<KindCounts> byUnitKind, List<CommuneCounts> byCommune,
            List<PeriodCounts> periods, List<UnitRow> byUnit, long byUnitTotal, boolean byUnitTruncated) {
    }

    /*
     * Attainment figures: value = the figure compared with the target (Σ numerators / Σ denominators
     * × 100 for a percentage target, else the sum of the values); numerator / denominator = the sums;
     * reportingUnits = the units whose report gave a value; attained = against the target value.
     */

    /** A unit's bar: its value of the target in the year. */
    public record UnitValue(UUID unitId, String unitName, String unitPath, String unitKind, BigDecimal value,
            BigDecimal numerator, BigDecimal denominator, int reportingUnits, Boolean attained) {
    }

    /** The commune's figure in one year (the trend line). */
    public record TrendPoint(int year, BigDecimal targetValue, String comparison, BigDecimal value, BigDecimal numerator,
            BigDecimal denominator, int reportingUnits, Boolean attained) {
    }

    /** One target of one plan (one commune): the year's figure, the bars per unit, the trend over years. */
    public record TargetAttainment(UUID planId, String planNumber, String planTitle, UUID communeId, String communeName,
            UUID targetId, String targetCode, String targetName, String unitOfMeasure, boolean percentage, Integer year,
            String comparison, BigDecimal targetValue, BigDecimal value, BigDecimal valueSum, BigDecimal numerator,
            BigDecimal denominator, int reportingUnits, Boolean attained, List<UnitValue> units, List<TrendPoint> trend) {
    }

    /** A target code across every plan in scope (the board's city-wide figure), per year. */
    public record CodeTrend(String code, int year, int communes, BigDecimal value, BigDecimal numerator,
            BigDecimal denominator, int reportingUnits) {
    }

    /** A target code in one commune (every plan of the commune with that code), per year: the board's bar per commune. */
    public record CodeCommune(String code, int year, UUID communeId, String communeName, BigDecimal value,
            BigDecimal numerator, BigDecimal denominator, int reportingUnits) {
    }

    /**
     * {@code targets[].units} (a bar per unit) are given when one plan, target or subtree is asked for,
     * or to the commune's own office and leaders; the board over its city gets {@code byCodeAndCommune}.
     */
    public record Attainment(Instant asOf, UUID planId, Integer year, List<TargetAttainment> targets,
            List<CodeTrend> byCode, List<CodeCommune> byCodeAndCommune) {
    }

    public record MissingUnit(UUID requirementId, UUID periodId, String periodTitle, int year, boolean secondHop,
            UUID communeId, String communeName, UUID unitId, String unitName, String unitPath, String unitKind,
            String headName, String email, LocalDate dueDate, Instant dueAt, boolean overdue, long daysLeft,
            UUID reportId, String reportStatus, int returnedCount) {
    }

    /** {@code items}: the units, earliest deadline first (the first {@code limit}; {@code truncated} when there are more). */
    public record Missing(Instant asOf, List<MissingUnit> items, boolean truncated) {
    }

    private Dashboards() {
    }
}
