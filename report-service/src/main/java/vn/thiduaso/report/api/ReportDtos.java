package vn.thiduaso.report.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.thiduaso.report.domain.Report;
import vn.thiduaso.report.domain.ReportRequirement;
import vn.thiduaso.report.domain.ReportingPeriod;

/** Request and response records of /api/v1/reports. */
public final class ReportDtos {

    public static final int NARRATIVE_MAX = 20000;

    public record CreateReportRequest(
            @NotNull(message = "Cần chọn yêu cầu báo cáo") UUID requirementId,
            @NotBlank(message = "Nội dung báo cáo không được để trống")
            @Size(max = NARRATIVE_MAX, message = "Nội dung báo cáo tối đa 20000 ký tự") String narrative) {
    }

    public record PeriodRef(UUID id, String title, int year, LocalDate dueDate, Instant dueAt) {
    }

    public record UnitRef(UUID id, String name, String path) {
    }

    public record ReportView(UUID id, UUID requirementId, PeriodRef period, UnitRef unit,
            @Schema(implementation = vn.thiduaso.report.domain.ReportStatus.class) String status,
            String narrative, String createdBy, Instant createdAt, long version) {

        public static ReportView of(Report r) {
            ReportRequirement q = r.requirement;
            ReportingPeriod p = q.period;
            return new ReportView(r.id, q.id, new PeriodRef(p.id, p.title, p.year, p.dueDate, p.dueAt),
                    new UnitRef(q.unitId, q.unitName, q.unitPath), r.status.name(), r.narrative, r.createdBy,
                    r.createdAt, r.version);
        }
    }

    private ReportDtos() {
    }
}
