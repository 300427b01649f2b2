package vn.thiduaso.report.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.thiduaso.report.domain.PeriodKind;
import vn.thiduaso.report.domain.PlanAwardForm;
import vn.thiduaso.report.domain.PlanContentItem;
import vn.thiduaso.report.domain.PlanTarget;
import vn.thiduaso.report.domain.UnitSnapshot;

/**
 * An issued version of a plan as far as reporting goes, whatever event carried it (PlanIssued v1 or
 * v2, PlanAmended v1): the messaging layer translates each payload into this.
 */
public record IssuedPlan(UUID planId, int planVersion, String number, String title, UUID issuingUnitId,
        String issuingUnitPath, String issuingUnitName, List<Obligation> obligations, Structure structure) {

    /** What a report is written against: the plan's years, contents, targets and award forms (empty for v1). */
    public record Structure(Integer startYear, Integer endYear, List<PlanContentItem> contents,
            List<PlanTarget> targets, List<PlanAwardForm> awardForms) {

        public static final Structure EMPTY = new Structure(null, null, List.of(), List.of(), List.of());
    }

    /** Who reports what to whom and when; {@code reporters} is the resolved list of units. */
    public record Obligation(UUID obligationId, String title, PeriodKind kind, UUID recipientUnitId,
            String recipientUnitPath, String recipientUnitName, Integer dueDay, Integer dueMonth, LocalDate dueDate,
            int firstYear, int lastYear, List<UnitSnapshot> reporters, SecondHop secondHop) {
    }

    /** The issuing unit reports onwards to {@code recipientName} before dueDay/dueMonth. */
    public record SecondHop(String recipientName, UUID recipientUnitId, int dueDay, int dueMonth) {
    }
}
