package vn.thiduaso.report.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thiduaso.report.domain.PlanTarget;
import vn.thiduaso.report.domain.ProposedAward;
import vn.thiduaso.report.domain.Report;
import vn.thiduaso.report.domain.ReportAttachment;
import vn.thiduaso.report.domain.ReportAction;
import vn.thiduaso.report.domain.ReportRequirement;
import vn.thiduaso.report.domain.ReportingPeriod;
import vn.thiduaso.report.domain.ReportingPlan;
import vn.thiduaso.report.domain.SelfAssessmentGrade;
import vn.thiduaso.report.domain.TargetValue;
import vn.thiduaso.report.service.ReportService;

/** Request and response records of /api/v1/reports. */
public final class ReportDtos {

    public static final int TEXT_MAX = 20000;
    public static final String TEXT_MAX_MESSAGE = "Tối đa 20000 ký tự";
    /** numeric(20, 4): sixteen integer digits. */
    private static final String VALUE_MAX = "9999999999999999";
    private static final String NEGATIVE = "Giá trị không được âm";
    private static final String TOO_LARGE = "Giá trị quá lớn";

    public record CreateReportRequest(
            @NotNull(message = "Cần chọn yêu cầu báo cáo") UUID requirementId,
            @Size(max = TEXT_MAX, message = "Nội dung báo cáo tối đa 20000 ký tự") String narrative) {
    }

    public record ContentInput(@NotNull(message = "Cần chọn mục nội dung") UUID contentId,
            @Size(max = TEXT_MAX, message = TEXT_MAX_MESSAGE) String text) {
    }

    /** A value that is not a number is refused when the body is read (400 naming the field). */
    public record TargetInput(@NotNull(message = "Cần chọn chỉ tiêu") UUID targetId,
            @DecimalMin(value = "0", message = NEGATIVE) @DecimalMax(value = VALUE_MAX, message = TOO_LARGE) BigDecimal value,
            @DecimalMin(value = "0", message = NEGATIVE) @DecimalMax(value = VALUE_MAX, message = TOO_LARGE) BigDecimal numerator,
            @DecimalMin(value = "0", message = NEGATIVE) @DecimalMax(value = VALUE_MAX, message = TOO_LARGE) BigDecimal denominator,
            @Size(max = 2000, message = "Ghi chú tối đa 2000 ký tự") String note) {
    }

    public record SelfAssessment(SelfAssessmentGrade grade,
            @Size(max = TEXT_MAX, message = TEXT_MAX_MESSAGE) String text) {
    }

    public record ProposedAwardInput(
            @NotBlank(message = "Cần chọn hình thức khen thưởng") @Size(max = 120, message = "Mã hình thức tối đa 120 ký tự") String awardFormCode,
            @NotBlank(message = "Cần ghi tập thể hoặc cá nhân được đề nghị") @Size(max = 500, message = "Tối đa 500 ký tự") String nominee,
            @Size(max = 5000, message = "Tối đa 5000 ký tự") String reason) {
    }

    /** The whole draft (autosave): every part given replaces the stored one; an absent list empties it. */
    public record UpdateReportRequest(
            @NotNull(message = "Cần phiên bản của báo cáo (version)") Long version,
            @Size(max = TEXT_MAX, message = TEXT_MAX_MESSAGE) String summary,
            @Size(max = 500, message = "Tối đa 500 mục") List<@NotNull @Valid ContentInput> contents,
            @Size(max = 500, message = "Tối đa 500 chỉ tiêu") List<@NotNull @Valid TargetInput> targets,
            @Size(max = TEXT_MAX, message = TEXT_MAX_MESSAGE) String difficulties,
            @Size(max = TEXT_MAX, message = TEXT_MAX_MESSAGE) String proposals,
            @Valid SelfAssessment selfAssessment,
            @Size(max = 100, message = "Tối đa 100 đề xuất") List<@NotNull @Valid ProposedAwardInput> proposedAwards) {

        ReportService.Draft toDraft() {
            return new ReportService.Draft(summary,
                    contents == null ? List.of()
                            : contents.stream().map(c -> new ReportService.SectionInput(c.contentId(), c.text())).toList(),
                    targets == null ? List.of()
                            : targets.stream().map(t -> new ReportService.TargetInput(t.targetId(), t.value(),
                                    t.numerator(), t.denominator(), t.note())).toList(),
                    difficulties, proposals, selfAssessment == null ? null : selfAssessment.grade(),
                    selfAssessment == null ? null : selfAssessment.text(),
                    proposedAwards == null ? List.of()
                            : proposedAwards.stream().map(a -> new ReportService.AwardInput(a.awardFormCode(),
                                    a.nominee(), a.reason())).toList());
        }
    }

    public record VersionRequest(@NotNull(message = "Cần phiên bản của báo cáo (version)") Long version) {
    }

    /** Trả lại / mở lại: the reason is required; dueDate = the unit's new deadline ("trước ngày"), default 5 working days. */
    public record ReturnRequest(@NotNull(message = "Cần phiên bản của báo cáo (version)") Long version,
            @NotBlank(message = "Cần ghi lý do") @Size(max = 1000, message = "Lý do tối đa 1000 ký tự") String reason,
            LocalDate dueDate) {
    }

    public record AcceptRequest(@NotNull(message = "Cần phiên bản của báo cáo (version)") Long version,
            @Size(max = 1000, message = "Ghi chú tối đa 1000 ký tự") String note) {
    }

    public record PeriodRef(UUID id, String title, int year,
            @Schema(implementation = vn.thiduaso.report.domain.PeriodKind.class) String kind, LocalDate dueDate,
            Instant dueAt) {

        static PeriodRef of(ReportingPeriod p) {
            return new PeriodRef(p.id, p.title, p.year, p.kind.name(), p.dueDate, p.dueAt);
        }
    }

    public record UnitRef(UUID id, String name, String path) {

        static UnitRef of(ReportRequirement q) {
            return new UnitRef(q.unitId, q.unitName, q.unitPath);
        }
    }

    public record ContentView(UUID contentId, String text) {
    }

    /**
     * {@code percentage}: numerator / denominator × 100 with 2 decimals (null when not a percentage
     * target or without a non-zero denominator); {@code targetValue} and {@code comparison}: the plan's
     * for the period's year; {@code attained}: the value against it (null when either is missing).
     */
    public record TargetValueView(UUID targetId, String targetCode, BigDecimal value, BigDecimal numerator,
            BigDecimal denominator, BigDecimal percentage, String note, BigDecimal targetValue, String comparison,
            Boolean attained) {
    }

    public record SelfAssessmentView(@Schema(implementation = SelfAssessmentGrade.class, nullable = true) String grade,
            String text) {
    }

    public record ProposedAwardView(String awardFormCode, String nominee, String reason) {
    }

    public record AttachmentView(UUID id, String fileName, String mediaType, long sizeBytes, String sha256,
            String uploadedBy, Instant uploadedAt) {

        public static AttachmentView of(ReportAttachment a) {
            return new AttachmentView(a.id, a.fileName, a.mediaType, a.sizeBytes, a.sha256, a.uploadedBy, a.uploadedAt);
        }
    }

    public record HistoryEntry(Instant at, String actor,
            @Schema(implementation = ReportAction.class) String action,
            @Schema(implementation = vn.thiduaso.report.domain.ReportStatus.class, nullable = true) String fromStatus,
            @Schema(implementation = vn.thiduaso.report.domain.ReportStatus.class, nullable = true) String toStatus,
            String reason) {
    }

    /** A unit's report in full; {@code dueDate}/{@code dueAt} = the unit's effective deadline. */
    public record ReportView(UUID id, UUID requirementId, PeriodRef period, UnitRef unit,
            @Schema(implementation = vn.thiduaso.report.domain.ReportStatus.class) String status, long version,
            String summary, List<ContentView> contents, List<TargetValueView> targets, String difficulties,
            String proposals, SelfAssessmentView selfAssessment, List<ProposedAwardView> proposedAwards,
            List<AttachmentView> attachments, LocalDate dueDate, Instant dueAt, Instant submittedAt,
            String submittedBy, boolean late, long lateSeconds, Instant confirmedAt, String confirmedBy,
            Instant acceptedAt, String acceptedBy, int returnedCount, String lastReturnReason, String createdBy,
            Instant createdAt, String updatedBy, Instant updatedAt, boolean editable, List<HistoryEntry> history) {

        public static ReportView of(ReportService.ReportDetails details) {
            Report r = details.report();
            ReportRequirement q = r.requirement;
            ReportingPeriod p = q.period;
            return new ReportView(r.id, q.id, PeriodRef.of(p), UnitRef.of(q), r.status.name(), r.version, r.narrative,
                    r.contents.stream().map(c -> new ContentView(c.contentId, c.text)).toList(),
                    targets(r, details.plan(), p.year), r.difficulties, r.proposals,
                    new SelfAssessmentView(r.selfAssessmentGrade == null ? null : r.selfAssessmentGrade.name(),
                            r.selfAssessment),
                    r.proposedAwards.stream().map(ReportDtos::award).toList(),
                    details.attachments().stream().map(AttachmentView::of).toList(), q.effectiveDueDate(),
                    q.effectiveDueAt(), r.submittedAt, r.submittedBy, r.late(),
                    r.lateSeconds == null ? 0 : r.lateSeconds, r.confirmedAt, r.confirmedBy, r.acceptedAt, r.acceptedBy,
                    r.returnedCount, r.lastReturnReason(), r.createdBy, r.createdAt, r.updatedBy, r.updatedAt,
                    details.editable(),
                    r.history.stream().map(h -> new HistoryEntry(h.at, h.actor, h.action.name(),
                            h.fromStatus == null ? null : h.fromStatus.name(),
                            h.toStatus == null ? null : h.toStatus.name(), h.reason)).toList());
        }

        /** The stored values in the plan's order of targets (values of targets the plan no longer has last). */
        private static List<TargetValueView> targets(Report r, ReportingPlan plan, int year) {
            Map<UUID, Integer> order = new HashMap<>();
            Map<UUID, PlanTarget> byId = new HashMap<>();
            if (plan != null) {
                for (int i = 0; i < plan.targets.size(); i++) {
                    order.put(plan.targets.get(i).id(), i);
                    byId.put(plan.targets.get(i).id(), plan.targets.get(i));
                }
            }
            List<TargetValue> values = new ArrayList<>(r.targetValues);
            values.sort(Comparator.comparing((TargetValue v) -> order.getOrDefault(v.targetId, Integer.MAX_VALUE)));
            return values.stream().map(v -> {
                PlanTarget t = byId.get(v.targetId);
                BigDecimal percentage = t != null && t.percentage() ? TargetValue.percentage(v.numerator, v.denominator)
                        : null;
                BigDecimal target = t == null ? null : t.valueFor(year).map(PlanTarget.YearValue::value).orElse(null);
                String comparison = t == null ? null : t.comparisonFor(year);
                return new TargetValueView(v.targetId, v.targetCode, plain(v.value), plain(v.numerator),
                        plain(v.denominator), percentage == null ? null : percentage.setScale(2, RoundingMode.HALF_UP),
                        v.note, target, comparison, TargetValue.attained(v.value, target, comparison));
            }).toList();
        }
    }

    private static ProposedAwardView award(ProposedAward a) {
        return new ProposedAwardView(a.awardFormCode, a.nominee, a.reason);
    }

    /** 12.5000 → 12.5 (the stored scale is an artefact of the column). */
    static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private ReportDtos() {
    }
}
