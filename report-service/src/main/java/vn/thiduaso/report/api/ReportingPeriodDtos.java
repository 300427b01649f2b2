package vn.thiduaso.report.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.thiduaso.report.domain.ReportRequirement;
import vn.thiduaso.report.domain.ReportSummary;
import vn.thiduaso.report.domain.ReportingPeriod;

/** Response records of /api/v1/reporting-periods. */
public final class ReportingPeriodDtos {

    /** {@code requirementCount} counts the requirements of units in the caller's scope. */
    /** {@code secondHop}: the issuing unit's own report onwards (e.g. to Sở Nội vụ), not its units' reports. */
    public record PeriodSummary(UUID id, UUID planId, String planNumber, String planTitle, String title, int year,
            @Schema(implementation = vn.thiduaso.report.domain.PeriodKind.class) String kind, boolean secondHop, LocalDate dueDate, Instant dueAt,
            ReportDtos.UnitRef recipientUnit, int requirementCount) {

        public static PeriodSummary of(ReportingPeriod p, int requirementCount) {
            return new PeriodSummary(p.id, p.planId, p.planNumber, p.planTitle, p.title, p.year, p.kind.name(),
                    p.secondHop, p.dueDate, p.dueAt, recipient(p), requirementCount);
        }
    }

    /**
     * {@code reportId} is the unit's report for this requirement, once it has one; {@code dueDate} /
     * {@code dueAt} the unit's effective deadline (its own after an extension or a return, else the
     * period's); {@code reportStatus}, {@code submittedAt}, {@code late} and {@code lateSeconds} its
     * report's (null / false / 0 without one).
     */
    public record RequirementView(UUID id, UUID unitId, String unitName, String unitPath,
            @Schema(implementation = vn.thiduaso.report.domain.RequirementStatus.class) String status,
            UUID reportId, LocalDate dueDate, Instant dueAt, String dueReason,
            @Schema(implementation = vn.thiduaso.report.domain.ReportStatus.class, nullable = true) String reportStatus,
            Instant submittedAt, boolean late, long lateSeconds) {

        public static RequirementView of(ReportRequirement r, ReportSummary report) {
            return new RequirementView(r.id, r.unitId, r.unitName, r.unitPath, r.status.name(),
                    report == null ? null : report.id(), r.effectiveDueDate(), r.effectiveDueAt(), r.dueReason,
                    report == null ? null : report.status().name(), report == null ? null : report.submittedAt(),
                    report != null && report.late(), report == null ? 0 : report.lateSecondsOrZero());
        }
    }

    /** Gia hạn: {@code unitId} null = every unit of the period. */
    public record ExtensionRequest(UUID unitId,
            @jakarta.validation.constraints.NotNull(message = "Cần hạn mới") LocalDate dueDate,
            @jakarta.validation.constraints.NotBlank(message = "Cần ghi lý do gia hạn")
            @jakarta.validation.constraints.Size(max = 1000, message = "Lý do tối đa 1000 ký tự") String reason) {
    }

    /** The period with the requirements of units in the caller's scope. */
    public record PeriodDetail(UUID id, UUID planId, String planNumber, String planTitle, UUID obligationId,
            String title, int year, @Schema(implementation = vn.thiduaso.report.domain.PeriodKind.class) String kind, boolean secondHop, LocalDate dueDate, Instant dueAt,
            ReportDtos.UnitRef recipientUnit, int requirementCount, Instant openedAt, List<RequirementView> requirements) {

        public static PeriodDetail of(ReportingPeriod p, List<ReportRequirement> requirements,
                Map<UUID, ReportSummary> reports) {
            return new PeriodDetail(p.id, p.planId, p.planNumber, p.planTitle, p.obligationId, p.title, p.year,
                    p.kind.name(), p.secondHop, p.dueDate, p.dueAt, recipient(p), requirements.size(), p.openedAt,
                    requirements.stream().map(r -> RequirementView.of(r, reports.get(r.id))).toList());
        }
    }

    private static ReportDtos.UnitRef recipient(ReportingPeriod p) {
        return new ReportDtos.UnitRef(p.recipientUnitId, p.recipientUnitName, p.recipientUnitPath);
    }

    private ReportingPeriodDtos() {
    }
}
