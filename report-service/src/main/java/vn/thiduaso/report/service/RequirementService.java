package vn.thiduaso.report.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.Hibernate;

import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.report.domain.ContentSection;
import vn.thiduaso.report.domain.DirectoryUnit;
import vn.thiduaso.report.domain.PeriodKind;
import vn.thiduaso.report.domain.PlanTarget;
import vn.thiduaso.report.domain.Report;
import vn.thiduaso.report.domain.ReportRequirement;
import vn.thiduaso.report.domain.ReportSummary;
import vn.thiduaso.report.domain.ReportingPlan;
import vn.thiduaso.report.domain.RequirementStatus;
import vn.thiduaso.report.domain.TargetValue;
import vn.thiduaso.report.repository.DirectoryUnitRepository;
import vn.thiduaso.report.repository.ReportRepository;
import vn.thiduaso.report.repository.ReportRequirementRepository;
import vn.thiduaso.report.repository.ReportingPlanRepository;
import vn.thiduaso.report.service.AccessPolicy.Action;
import vn.thiduaso.report.service.AccessPolicy.Target;

/** "Báo cáo của tôi": the requirements in the caller's scope, and the form a unit fills for one of them. */
@ApplicationScoped
public class RequirementService {

    /** A requirement with its report's summary (null before the unit starts). */
    public record RequirementListing(ReportRequirement requirement, ReportSummary report) {
    }

    /** A year's value of one target in a unit's accepted annual report. */
    public record YearValue(int year, BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
    }

    public record TargetSeries(UUID targetId, List<YearValue> values) {
    }

    public record YearText(int year, String text) {
    }

    public record NarrativeSeries(UUID contentId, List<YearText> byYear) {
    }

    /** Sơ kết / tổng kết: the unit's accepted annual data of the years before, not typed again. */
    public record Prefill(List<Integer> years, List<TargetSeries> targets, List<NarrativeSeries> narratives) {
    }

    /**
     * What the unit fills: the plan (null when this service has not received it), the targets that
     * apply to the unit's group, and the prefill of a review period.
     */
    public record ReportForm(RequirementListing requirement, ReportingPlan plan, List<PlanTarget> targets,
            Prefill prefill) {
    }

    private final ReportRequirementRepository requirements;
    private final ReportRepository reports;
    private final ReportingPlanRepository plans;
    private final DirectoryUnitRepository units;
    private final AccessPolicy policy;

    public RequirementService(ReportRequirementRepository requirements, ReportRepository reports,
            ReportingPlanRepository plans, DirectoryUnitRepository units, AccessPolicy policy) {
        this.requirements = requirements;
        this.reports = reports;
        this.plans = plans;
        this.units = units;
        this.policy = policy;
    }

    @Transactional
    public PageResponse<RequirementListing> list(CallerScope caller, UUID unitId, Integer year, UUID planId,
            RequirementStatus status, int page, int size) {
        PageResponse<ReportRequirement> found = requirements.visible(caller.scopePath(), policy.ownUnitOnly(caller),
                unitId, year, planId, status, page, size);
        found.items().forEach(r -> Hibernate.initialize(r.period));
        Map<UUID, ReportSummary> summaries = reports.summariesByRequirement(
                found.items().stream().map(r -> r.id).toList());
        return found.map(r -> new RequirementListing(r, summaries.get(r.id)));
    }

    @Transactional
    public ReportForm form(CallerScope caller, UUID requirementId) {
        ReportRequirement requirement = requirements.findByIdOptional(requirementId)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy yêu cầu báo cáo"));
        policy.require(caller, Action.READ_REPORT, Target.unit(requirement.unitId, requirement.unitPath));
        Hibernate.initialize(requirement.period);
        ReportSummary summary = reports.summariesByRequirement(List.of(requirement.id)).get(requirement.id);
        ReportingPlan plan = plans.findById(requirement.period.planId);
        DirectoryUnit unit = units.findById(requirement.unitId);
        String group = DirectoryUnit.targetGroupOf(unit == null ? null : unit.kind);
        List<PlanTarget> targets = plan == null ? List.of()
                : plan.targets.stream().filter(t -> t.appliesTo(group)).toList();
        Prefill prefill = null;
        PeriodKind kind = requirement.period.kind;
        if (plan != null && !requirement.period.secondHop
                && (kind == PeriodKind.PRELIMINARY_REVIEW || kind == PeriodKind.FINAL_REVIEW)) {
            prefill = prefill(reports.acceptedAnnual(plan.planId, requirement.unitId, requirement.period.year), plan,
                    targets);
        }
        return new ReportForm(new RequirementListing(requirement, summary), plan, targets, prefill);
    }

    private static Prefill prefill(List<Report> accepted, ReportingPlan plan, List<PlanTarget> targets) {
        List<Integer> years = accepted.stream().map(r -> r.requirement.period.year).distinct().toList();
        List<TargetSeries> series = new ArrayList<>();
        for (PlanTarget t : targets) {
            List<YearValue> values = new ArrayList<>();
            for (Report r : accepted) {
                for (TargetValue v : r.targetValues) {
                    if (v.targetId.equals(t.id())) {
                        values.add(new YearValue(r.requirement.period.year, v.value, v.numerator, v.denominator));
                    }
                }
            }
            if (!values.isEmpty()) {
                series.add(new TargetSeries(t.id(), values));
            }
        }
        Map<UUID, List<YearText>> texts = new LinkedHashMap<>();
        plan.flatContents().forEach(c -> texts.put(c.id(), new ArrayList<>()));
        for (Report r : accepted) {
            for (ContentSection s : r.contents) {
                List<YearText> byYear = texts.get(s.contentId);
                if (byYear != null && !s.text.isBlank()) {
                    byYear.add(new YearText(r.requirement.period.year, s.text));
                }
            }
        }
        List<NarrativeSeries> narratives = texts.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new NarrativeSeries(e.getKey(), e.getValue())).toList();
        return new Prefill(years, series, narratives);
    }
}
