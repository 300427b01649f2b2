package vn.thiduaso.report.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.thiduaso.report.domain.ReportRequirement;
import vn.thiduaso.report.domain.ReportingPeriod;

/** Response records of /api/v1/reporting-periods. */
public final class ReportingPeriodDtos {

    public record UnitRef(UUID id, String name, String path) {
    }

    /** {@code requirementCount} counts the requirements of units in the caller's scope. */
    /** {@code secondHop}: the issuing unit's own report onwards (e.g. to Sở Nội vụ), not its units' reports. */
    public record PeriodSummary(UUID id, UUID planId, String planNumber, String planTitle, String title, int year,
            @Schema(implementation = vn.thiduaso.report.domain.PeriodKind.class) String kind, boolean secondHop, LocalDate dueDate, Instant dueAt,
            UnitRef recipientUnit, int requirementCount) {

        public static PeriodSummary of(ReportingPeriod p, int requirementCount) {
            return new PeriodSummary(p.id, p.planId, p.planNumber, p.planTitle, p.title, p.year, p.kind.name(),
                    p.secondHop, p.dueDate, p.dueAt, recipient(p), requirementCount);
        }
    }

    /** {@code reportId} is the unit's report for this requirement, once it has one. */
    public record RequirementView(UUID id, UUID unitId, String unitName, String unitPath,
            @Schema(implementation = vn.thiduaso.report.domain.RequirementStatus.class) String status,
            UUID reportId) {

        public static RequirementView of(ReportRequirement r, UUID reportId) {
            return new RequirementView(r.id, r.unitId, r.unitName, r.unitPath, r.status.name(), reportId);
        }
    }

    /** The period with the requirements of units in the caller's scope. */
    public record PeriodDetail(UUID id, UUID planId, String planNumber, String planTitle, UUID obligationId,
            String title, int year, @Schema(implementation = vn.thiduaso.report.domain.PeriodKind.class) String kind, boolean secondHop, LocalDate dueDate, Instant dueAt,
            UnitRef recipientUnit, int requirementCount, Instant openedAt, List<RequirementView> requirements) {

        public static PeriodDetail of(ReportingPeriod p, List<ReportRequirement> requirements,
                Map<UUID, UUID> reportIds) {
            return new PeriodDetail(p.id, p.planId, p.planNumber, p.planTitle, p.obligationId, p.title, p.year,
                    p.kind.name(), p.secondHop, p.dueDate, p.dueAt, recipient(p), requirements.size(), p.openedAt,
                    requirements.stream().map(r -> RequirementView.of(r, reportIds.get(r.id))).toList());
        }
    }

    private static UnitRef recipient(ReportingPeriod p) {
        return new UnitRef(p.recipientUnitId, p.recipientUnitName, p.recipientUnitPath);
    }

    private ReportingPeriodDtos() {
    }
}
