package vn.thiduaso.report.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thiduaso.platform.time.VietnamTime;
import vn.thiduaso.report.domain.PlanAwardForm;
import vn.thiduaso.report.domain.PlanContentItem;
import vn.thiduaso.report.domain.PlanTarget;
import vn.thiduaso.report.domain.ReportRequirement;
import vn.thiduaso.report.domain.ReportSummary;
import vn.thiduaso.report.domain.ReportingPeriod;
import vn.thiduaso.report.domain.ReportingPlan;
import vn.thiduaso.report.service.RequirementService;

/** Response records of /api/v1/report-requirements ("Báo cáo của tôi" and the report form). */
public final class ReportRequirementDtos {

    public record RequirementPeriod(UUID id, String title, int year,
            @Schema(implementation = vn.thiduaso.report.domain.PeriodKind.class) String kind, boolean secondHop,
            UUID planId, String planNumber, String planTitle, String recipientUnitName) {

        static RequirementPeriod of(ReportingPeriod p) {
            return new RequirementPeriod(p.id, p.title, p.year, p.kind.name(), p.secondHop, p.planId, p.planNumber, p.planTitle,
                    p.recipientUnitName);
        }
    }

    public record ReportRef(UUID id, @Schema(implementation = vn.thiduaso.report.domain.ReportStatus.class) String status,
            long version, Instant submittedAt, boolean late, long lateSeconds) {

        static ReportRef of(ReportSummary s) {
            return s == null ? null
                    : new ReportRef(s.id(), s.status().name(), s.version(), s.submittedAt(), s.late(),
                            s.lateSecondsOrZero());
        }
    }

    /**
     * One requirement: {@code dueDate}/{@code dueAt} = the unit's effective deadline; {@code daysLeft}
     * = calendar days in Vietnam from today to the due date (0 on the due date itself, negative after
     * it); {@code overdue} = the due instant has passed; {@code report} null before the unit starts.
     */
    public record RequirementRow(UUID id, RequirementPeriod period, ReportDtos.UnitRef unit,
            @Schema(implementation = vn.thiduaso.report.domain.RequirementStatus.class) String status,
            LocalDate dueDate, Instant dueAt, long daysLeft, boolean overdue, @Schema(nullable = true) ReportRef report) {

        static RequirementRow of(RequirementService.RequirementListing l) {
            ReportRequirement r = l.requirement();
            LocalDate due = r.effectiveDueDate();
            return new RequirementRow(r.id, RequirementPeriod.of(r.period), ReportDtos.UnitRef.of(r),
                    r.status.name(), due, r.effectiveDueAt(), ChronoUnit.DAYS.between(VietnamTime.today(), due),
                    !Instant.now().isBefore(r.effectiveDueAt()), ReportRef.of(l.report()));
        }
    }

    public record PlanRef(UUID id, String number, String title, int version) {
    }

    public record ContentNode(UUID id, String number, String title, List<ContentNode> children) {

        static ContentNode of(PlanContentItem c) {
            return new ContentNode(c.id(), c.number(), c.title(),
                    c.childrenOrEmpty().stream().map(ContentNode::of).toList());
        }
    }

    /** A target of the form: {@code targetValue}, {@code yearComparison}, {@code yearNote} are the period year's. */
    public record FormTarget(UUID id, String code, String name, String unitOfMeasure, boolean percentage,
            String comparison, String numeratorDescription, String denominatorDescription, String targetGroup,
            UUID contentId, BigDecimal targetValue, String yearComparison, String yearNote) {

        static FormTarget of(PlanTarget t, int year) {
            PlanTarget.YearValue v = t.valueFor(year).orElse(null);
            return new FormTarget(t.id(), t.code(), t.name(), t.unitOfMeasure(), t.percentage(), t.comparison(),
                    t.numeratorDescription(), t.denominatorDescription(), t.targetGroup(), t.contentId(),
                    v == null ? null : v.value(), v == null ? null : v.comparison(), v == null ? null : v.note());
        }
    }

    public record AwardFormRef(String code, List<String> recipientGroups, List<String> occasions) {

        static AwardFormRef of(PlanAwardForm f) {
            return new AwardFormRef(f.code(), f.recipientGroups(), f.occasions());
        }
    }

    public record PrefillValue(int year, BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
    }

    public record PrefillTarget(UUID targetId, List<PrefillValue> values) {
    }

    public record PrefillText(int year, String text) {
    }

    public record PrefillNarrative(UUID contentId, List<PrefillText> byYear) {
    }

    public record Prefill(List<Integer> years, List<PrefillTarget> targets, List<PrefillNarrative> narratives) {

        static Prefill of(RequirementService.Prefill p) {
            return p == null ? null
                    : new Prefill(p.years(),
                            p.targets().stream().map(t -> new PrefillTarget(t.targetId(), t.values().stream()
                                    .map(v -> new PrefillValue(v.year(), ReportDtos.plain(v.value()),
                                            ReportDtos.plain(v.numerator()), ReportDtos.plain(v.denominator())))
                                    .toList())).toList(),
                            p.narratives().stream().map(n -> new PrefillNarrative(n.contentId(), n.byYear().stream()
                                    .map(y -> new PrefillText(y.year(), y.text())).toList())).toList());
        }
    }

    /**
     * What the unit fills: the plan's content tree, the targets of the unit's group with the period
     * year's values, the award forms; {@code prefill} for sơ kết / tổng kết periods (else null).
     * {@code plan} is null when this service has not received the plan's structure (a v1 plan).
     */
    public record ReportFormView(RequirementRow requirement, @Schema(nullable = true) PlanRef plan,
            List<ContentNode> contents, List<FormTarget> targets, List<AwardFormRef> awardForms,
            @Schema(nullable = true) Prefill prefill) {

        static ReportFormView of(RequirementService.ReportForm f) {
            ReportingPlan plan = f.plan();
            int year = f.requirement().requirement().period.year;
            return new ReportFormView(RequirementRow.of(f.requirement()),
                    plan == null ? null : new PlanRef(plan.planId, plan.number, plan.title, plan.planVersion),
                    plan == null ? List.of() : plan.contents.stream().map(ContentNode::of).toList(),
                    f.targets().stream().map(t -> FormTarget.of(t, year)).toList(),
                    plan == null ? List.of() : plan.awardForms.stream().map(AwardFormRef::of).toList(),
                    Prefill.of(f.prefill()));
        }
    }

    private ReportRequirementDtos() {
    }
}
