package vn.thiduaso.report.service.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.time.OffsetClock;
import vn.thiduaso.platform.time.VietnamTime;
import vn.thiduaso.report.domain.DirectoryUnit;
import vn.thiduaso.report.domain.PlanTarget;
import vn.thiduaso.report.domain.ReportingPlan;
import vn.thiduaso.report.domain.TargetValue;
import vn.thiduaso.report.domain.consolidation.TargetTotals;
import vn.thiduaso.report.repository.DashboardQueries;
import vn.thiduaso.report.repository.DashboardQueries.AttainmentRow;
import vn.thiduaso.report.repository.DashboardQueries.CompletenessRow;
import vn.thiduaso.report.repository.DashboardQueries.Filter;
import vn.thiduaso.report.repository.DirectoryUnitRepository;
import vn.thiduaso.report.repository.ReportingPeriodRepository;
import vn.thiduaso.report.repository.ReportingPlanRepository;
import vn.thiduaso.report.service.AccessPolicy;
import vn.thiduaso.report.service.AccessPolicy.Action;
import vn.thiduaso.report.service.AccessPolicy.Target;
import vn.thiduaso.report.service.dashboard.Dashboards.Attainment;
import vn.thiduaso.report.service.dashboard.Dashboards.CodeTrend;
import vn.thiduaso.report.service.dashboard.Dashboards.CommuneCounts;
import vn.thiduaso.report.service.dashboard.Dashboards.Completeness;
import vn.thiduaso.report.service.dashboard.Dashboards.Counts;
import vn.thiduaso.report.service.dashboard.Dashboards.KindCounts;
import vn.thiduaso.report.service.dashboard.Dashboards.Missing;
import vn.thiduaso.report.service.dashboard.Dashboards.PeriodCounts;
import vn.thiduaso.report.service.dashboard.Dashboards.TargetAttainment;
import vn.thiduaso.report.service.dashboard.Dashboards.TrendPoint;
import vn.thiduaso.report.service.dashboard.Dashboards.UnitRow;
import vn.thiduaso.report.service.dashboard.Dashboards.UnitValue;

/**
 * Dashboards of the reporting cycle, computed in SQL ({@link DashboardQueries}): completeness and
 * timeliness, target attainment (bars per unit, trend over years), who has not submitted yet. The
 * scope is the caller's subtree (a commune's office, leaders; the board's city), optionally narrowed
 * to {@code unitPath}; a unit's officer and the council get 403.
 */
@ApplicationScoped
public class DashboardService {

    /** The filters of a dashboard request (nulls: any). */
    public record Query(String unitPath, Integer year, UUID planId, UUID periodId, String unitKind, Boolean secondHop,
            UUID targetId, boolean overdueOnly, int limit) {
    }

    private final DashboardQueries queries;
    private final ReportingPlanRepository plans;
    private final ReportingPeriodRepository periods;
    private final DirectoryUnitRepository units;
    private final AccessPolicy policy;
    private final OffsetClock clock;

    public DashboardService(DashboardQueries queries, ReportingPlanRepository plans, ReportingPeriodRepository periods,
            DirectoryUnitRepository units, AccessPolicy policy, OffsetClock clock) {
        this.queries = queries;
        this.plans = plans;
        this.periods = periods;
        this.units = units;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional
    public Completeness completeness(CallerScope caller, Query q) {
        Filter f = filter(caller, q);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<CompletenessRow> rows = queries.completeness(f, now, q.limit());
        Counts totals = new Counts(0, 0, 0, 0, 0, 0, 0, 0);
        List<KindCounts> kinds = new ArrayList<>();
        List<CommuneCounts> communes = new ArrayList<>();
        List<PeriodCounts> periodRows = new ArrayList<>();
        List<UnitRow> byUnit = new ArrayList<>();
        for (CompletenessRow r : rows) {
            Counts counts = new Counts(r.expected(), r.submitted(), r.onTime(), r.late(), r.returned(), r.accepted(),
                    r.missing(), r.notYetDue());
            switch (r.level()) {
                case DashboardQueries.TOTALS -> totals = counts;
                case DashboardQueries.BY_UNIT_KIND -> kinds.add(new KindCounts(r.unitKind(), counts));
                case DashboardQueries.BY_COMMUNE -> communes.add(new CommuneCounts(r.communeId(), r.communeName(),
                        r.communePath(), counts));
                case DashboardQueries.BY_PERIOD -> periodRows.add(new PeriodCounts(r.periodId(), r.periodTitle(), r.year(),
                        r.periodKind(), Boolean.TRUE.equals(r.secondHop()), r.periodDueAt(), r.planId(), r.planTitle(),
                        counts));
                case DashboardQueries.BY_REQUIREMENT -> {
                    byUnit.add(new UnitRow(r.requirementId(), r.unitId(), r.unitName(), r.unitKind(), r.unitPath(),
                            r.communeId(), r.communeName(), r.periodId(), r.periodTitle(), r.year(),
                            Boolean.TRUE.equals(r.secondHop()), r.status() == null ? "NOT_STARTED" : r.status(),
                            state(counts), r.dueAt(), r.submittedAt(), r.lateSeconds() > 0 && r.submitted() > 0,
                            r.submitted() > 0 ? r.lateSeconds() : 0, counts));
                }
                default -> throw new IllegalStateException("unexpected grouping level " + r.level());
            }
        }
        // One row per requirement: there are as many as requirements expected.
        return new Completeness(now, totals, kinds, communes, periodRows, byUnit, totals.expected(),
                totals.expected() > byUnit.size());
    }

    private static String state(Counts c) {
        if (c.onTime() > 0) {
            return "ON_TIME";
        }
        if (c.late() > 0) {
            return "LATE";
        }
        return c.missing() > 0 ? "MISSING" : "NOT_YET_DUE";
    }

    @Transactional
    public Attainment attainment(CallerScope caller, Query q) {
        Filter f = filter(caller, q);
        List<AttainmentRow> rows = queries.attainment(f);
        Map<UUID, ReportingPlan> planById = new HashMap<>();
        List<UUID> planIds = rows.stream().map(AttainmentRow::planId).filter(id -> id != null).distinct().toList();
        if (!planIds.isEmpty()) {
            plans.list("planId in ?1", planIds).forEach(p -> planById.put(p.planId, p));
        }
        Map<UUID, String> communeNames = communeNames(rows, planById);

        // (plan, target) → the trend rows (every year) and the unit rows (the year asked for).
        Map<String, List<AttainmentRow>> perTarget = new LinkedHashMap<>();
        Map<String, List<AttainmentRow>> perUnit = new HashMap<>();
        List<AttainmentRow> codeRows = new ArrayList<>();
        List<Dashboards.CodeCommune> byCodeAndCommune = new ArrayList<>();
        Map<String, Integer> communesPerCode = new HashMap<>();
        for (AttainmentRow r : rows) {
            String key = r.planId() + "/" + r.targetId();
            switch (r.level()) {
                case DashboardQueries.PER_TARGET -> perTarget.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
                case DashboardQueries.PER_UNIT -> {
                    if (r.unitId() != null) {
                        perUnit.computeIfAbsent(key + "/" + r.year(), k -> new ArrayList<>()).add(r);
                    }
                }
                case DashboardQueries.PER_CODE -> codeRows.add(r);
                case DashboardQueries.PER_CODE_AND_COMMUNE -> {
                    communesPerCode.merge(r.targetCode() + "/" + r.year(), 1, Integer::sum);
                    Figure fig = figure(percentageOfCode(r.targetCode(), planById), r, null, null);
                    byCodeAndCommune.add(new Dashboards.CodeCommune(r.targetCode(), r.year(), r.communeId(),
                            communeNames.get(r.communeId()), fig.value(), fig.numerator(), fig.denominator(), fig.reportingUnits()));
                }
                default -> throw new IllegalStateException("unexpected grouping level " + r.level());
            }
        }
        List<CodeTrend> byCode = codeRows.stream().map(r -> {
            Figure fig = figure(percentageOfCode(r.targetCode(), planById), r, null, null);
            return new CodeTrend(r.targetCode(), r.year(), communesPerCode.getOrDefault(r.targetCode() + "/" + r.year(), 0),
                    fig.value(), fig.numerator(), fig.denominator(), fig.reportingUnits());
        }).toList();
        byCodeAndCommune.sort(Comparator.comparing(Dashboards.CodeCommune::code).thenComparingInt(Dashboards.CodeCommune::year)
                .thenComparing(x -> x.communeName() == null ? "" : x.communeName()));
        List<TargetAttainment> targets = new ArrayList<>();
        for (List<AttainmentRow> trendRows : perTarget.values()) {
            AttainmentRow first = trendRows.get(0);
            ReportingPlan plan = planById.get(first.planId());
            Optional<PlanTarget> target = plan == null ? Optional.empty() : plan.target(first.targetId());
            boolean percentage = target.map(PlanTarget::percentage).orElse(false);
            List<TrendPoint> trend = trendRows.stream().sorted(Comparator.comparingInt(AttainmentRow::year))
                    .map(r -> {
                        BigDecimal targetValue = targetValue(target, r.year());
                        String comparison = target.map(t -> t.comparisonFor(r.year())).orElse(null);
                        Figure fig = figure(percentage, r, targetValue, comparison);
                        return new TrendPoint(r.year(), targetValue, comparison, fig.value(), fig.numerator(), fig.denominator(),
                                fig.reportingUnits(), fig.attained());
                    }).toList();
            // The year shown: the one asked for, else the latest with data.
            int year = q.year() != null ? q.year() : trend.get(trend.size() - 1).year();
            AttainmentRow current = trendRows.stream().filter(t -> t.year() == year).findFirst().orElse(null);
            BigDecimal targetValue = targetValue(target, year);
            String comparison = target.map(t -> t.comparisonFor(year)).orElse(null);
            List<UnitValue> unitValues = perUnit.getOrDefault(first.planId() + "/" + first.targetId() + "/" + year,
                    List.of()).stream()
                    .map(r -> {
                        Figure fig = figure(percentage, r, targetValue, comparison);
                        return new UnitValue(r.unitId(), r.unitName(), r.unitPath(), r.unitKind(), fig.value(), fig.numerator(),
                                fig.denominator(), fig.reportingUnits(), fig.attained());
                    })
                    .sorted(Comparator.comparing(UnitValue::unitName))
                    .toList();
            Figure fig = current == null ? Figure.NONE : figure(percentage, current, targetValue, comparison);
            targets.add(new TargetAttainment(first.planId(), plan == null ? null : plan.number,
                    plan == null ? null : plan.title, first.communeId(), communeNames.get(first.communeId()),
                    first.targetId(), target.map(PlanTarget::code).orElse(first.targetCode()),
                    target.map(PlanTarget::name).orElse(first.targetCode()), target.map(PlanTarget::unitOfMeasure).orElse(null),
                    percentage, year, comparison, targetValue, fig.value(), fig.valueSum(), fig.numerator(), fig.denominator(),
                    fig.reportingUnits(), fig.attained(), unitValues, trend));
        }
        targets.sort(Comparator.comparing((TargetAttainment t) -> t.communeName() == null ? "" : t.communeName())
                .thenComparing(t -> t.targetCode() == null ? "" : t.targetCode()));
        return new Attainment(clock.instant().truncatedTo(ChronoUnit.SECONDS), q.planId(), q.year(), targets, byCode,
                byCodeAndCommune);
    }

    @Transactional
    public Missing missing(CallerScope caller, Query q) {
        Filter f = filter(caller, q);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<DashboardQueries.MissingRow> rows = queries.missing(f, now, q.limit() + 1);
        boolean truncated = rows.size() > q.limit();
        List<Dashboards.MissingUnit> out = rows.stream().limit(q.limit()).map(r -> new Dashboards.MissingUnit(
                r.requirementId(), r.periodId(), r.periodTitle(), r.year(), r.secondHop(), r.communeId(), r.communeName(),
                r.unitId(), r.unitName(), r.unitPath(), r.unitKind(), r.headName(), r.email(), r.dueDate(), r.dueAt(),
                !r.dueAt().isAfter(now),
                ChronoUnit.DAYS.between(VietnamTime.today(), VietnamTime.dateOf(r.dueAt())),
                r.reportId(), r.reportStatus(), r.returnedCount())).toList();
        return new Missing(now, out, truncated);
    }

    /**
     * The caller's scope, narrowed to {@code unitPath} when given (403 outside the scope, and for the
     * roles that see no dashboards); a period named must exist (404).
     */
    private Filter filter(CallerScope caller, Query q) {
        String scope = caller.scopePath();
        policy.require(caller, Action.READ_DASHBOARD, Target.unit(null, q.unitPath() != null ? q.unitPath() : scope));
        if (q.periodId() != null && periods.findByIdOptional(q.periodId()).isEmpty()) {
            throw new NotFoundException("Không tìm thấy kỳ báo cáo");
        }
        // A bar per unit for one plan, target or subtree, or for the commune's own office and leaders; the
        // board over its whole city compares communes instead (byCodeAndCommune).
        boolean withUnits = q.planId() != null || q.targetId() != null || q.unitPath() != null
                || policy.seesUnsubmittedConsolidations(caller);
        return new Filter(scope, q.unitPath(), q.year(), q.planId(), q.periodId(), q.unitKind(), q.secondHop(),
                q.targetId(), q.overdueOnly(), withUnits);
    }

    private static BigDecimal targetValue(Optional<PlanTarget> target, int year) {
        return target.flatMap(t -> t.valueFor(year)).map(PlanTarget.YearValue::value).orElse(null);
    }

    /** The figures of one roll-up row, before they go into the answer's records. */
    private record Figure(BigDecimal value, BigDecimal valueSum, BigDecimal numerator, BigDecimal denominator,
            int reportingUnits, Boolean attained) {
        static final Figure NONE = new Figure(null, null, null, null, 0, null);
    }

    private static Figure figure(boolean percentage, AttainmentRow r, BigDecimal targetValue, String comparison) {
        BigDecimal value = TargetTotals.value(percentage, r.valueSum(), r.numeratorSum(), r.denominatorSum(), r.withValue());
        return new Figure(value, r.valueSum(), r.numeratorSum(), r.denominatorSum(), r.reportingUnits(),
                TargetValue.attained(value, targetValue, comparison));
    }

    /** Whether the plans in scope treat a code as a percentage (the first plan that has it decides). */
    private static boolean percentageOfCode(String code, Map<UUID, ReportingPlan> plans) {
        return plans.values().stream().flatMap(p -> p.targets.stream())
                .filter(t -> code != null && code.equals(t.code())).findFirst().map(PlanTarget::percentage).orElse(false);
    }

    private Map<UUID, String> communeNames(List<AttainmentRow> rows, Map<UUID, ReportingPlan> planById) {
        Map<UUID, String> names = new HashMap<>();
        List<UUID> ids = rows.stream().map(AttainmentRow::communeId).filter(id -> id != null).distinct().toList();
        Map<UUID, DirectoryUnit> known = ids.isEmpty() ? Map.of() : units.byIds(ids);
        for (UUID id : ids) {
            DirectoryUnit u = known.get(id);
            String name = u != null ? u.name : planById.values().stream().filter(p -> id.equals(p.issuingUnitId))
                    .map(p -> p.issuingUnitName).filter(n -> n != null).findFirst().orElse(null);
            names.put(id, name);
        }
        return names;
    }
}
