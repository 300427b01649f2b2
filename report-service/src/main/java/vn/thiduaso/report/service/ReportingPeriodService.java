package vn.thiduaso.report.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Page;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.db.AdvisoryLocks;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.time.VietnamTime;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.report.domain.DirectoryUnit;
import vn.thiduaso.report.domain.Report;
import vn.thiduaso.report.domain.ReportRequirement;
import vn.thiduaso.report.domain.ReportSummary;
import vn.thiduaso.report.domain.ReportingDeadline;
import vn.thiduaso.report.domain.ReportingPeriod;
import vn.thiduaso.report.domain.UnitSnapshot;
import vn.thiduaso.report.messaging.ReportEvents;
import vn.thiduaso.report.repository.ReportRepository;
import vn.thiduaso.report.repository.ReportRequirementRepository;
import vn.thiduaso.report.repository.ReportingPeriodRepository;
import vn.thiduaso.report.repository.ReportingPlanRepository;
import vn.thiduaso.report.service.AccessPolicy.Action;
import vn.thiduaso.report.service.AccessPolicy.Target;

/**
 * Reporting periods from issued plans: opened on issue, reconciled on amendment, nothing new once
 * the plan is closed; read within the caller's scope.
 */
@ApplicationScoped
public class ReportingPeriodService {

    /** A period with how many of its requirements concern units in the caller's scope. */
    public record PeriodListing(ReportingPeriod period, int requirementCount) {
    }

    /** A period with the requirements in the caller's scope and their reports' summaries. */
    public record PeriodView(ReportingPeriod period, List<ReportRequirement> requirements,
            Map<UUID, ReportSummary> reports) {
    }

    private final ReportingPeriodRepository periods;
    private final ReportRequirementRepository requirements;
    private final ReportRepository reports;
    private final ReportingPlanRepository plans;
    private final DirectoryService directory;
    private final ReportEvents events;
    private final AdvisoryLocks locks;
    private final AccessPolicy policy;

    public ReportingPeriodService(ReportingPeriodRepository periods, ReportRequirementRepository requirements,
            ReportRepository reports, ReportingPlanRepository plans, DirectoryService directory, ReportEvents events,
            AdvisoryLocks locks, AccessPolicy policy) {
        this.periods = periods;
        this.requirements = requirements;
        this.reports = reports;
        this.plans = plans;
        this.directory = directory;
        this.events = events;
        this.locks = locks;
        this.policy = policy;
    }

    /**
     * Opens the periods of every obligation (per its kind) with one requirement per resolved reporter,
     * plus the issuing unit's own period onwards for an obligation with a second hop, and publishes
     * {@code ReportingPeriodOpened} for each. A period that exists already is not opened again; a
     * closed plan opens nothing.
     */
    @Transactional
    public List<ReportingPeriod> planIssued(UUID eventId, IssuedPlan plan) {
        return apply(eventId, plan, false);
    }

    /**
     * Reconciles the open periods with the amended version: a due date not passed yet moves, a new
     * reporter gets a requirement, a reporter no longer listed has it withdrawn (nothing submitted is
     * lost), new obligations or years open periods. Each changed period is announced with
     * {@code ReportingPeriodChanged}.
     */
    @Transactional
    public List<ReportingPeriod> planAmended(UUID eventId, IssuedPlan plan) {
        return apply(eventId, plan, true);
    }

    /** Nothing opens from a closed plan any more; its existing periods stay as they are. */
    @Transactional
    public void planClosed(UUID planId, Instant closedAt) {
        locks.lock("report-service:plan:" + planId);
        plans.closed(planId, closedAt != null ? closedAt : Instant.now());
        Log.infof("Plan %s closed: no further reporting periods open from it", planId);
    }

    private List<ReportingPeriod> apply(UUID eventId, IssuedPlan plan, boolean reconcile) {
        // Two deliveries of the same plan on different instances must not both pass the existence checks.
        locks.lock("report-service:plan:" + plan.planId());
        if (!plans.accepts(plan.planId(), plan.planVersion())) {
            Log.infof("Ignoring version %d of plan %s (event %s): the plan is closed or a newer version is applied",
                    plan.planVersion(), plan.planId(), eventId);
            return List.of();
        }
        Map<UUID, DirectoryUnit> known = directory.known(unitIds(plan));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<ReportingPeriod> opened = new ArrayList<>();
        int changed = 0;
        for (IssuedPlan.Obligation o : plan.obligations()) {
            List<UnitSnapshot> reporters = distinct(o.reporters(), known);
            UnitSnapshot recipient = DirectoryService.current(known, o.recipientUnitId(), o.recipientUnitPath(),
                    o.recipientUnitName());
            for (int year : o.kind().years(o.firstYear(), o.lastYear(), o.dueDate())) {
                ReportingDeadline deadline = o.kind().deadline(year, o.dueMonth(), o.dueDay(), o.dueDate());
                changed += openOrReconcile(eventId, plan, o, year, false, deadline, recipient, reporters, reconcile,
                        now, opened);
                if (o.secondHop() != null) {
                    IssuedPlan.SecondHop hop = o.secondHop();
                    UnitSnapshot board = hop.recipientUnitId() != null && known.containsKey(hop.recipientUnitId())
                            ? known.get(hop.recipientUnitId()).snapshot()
                            : new UnitSnapshot(hop.recipientUnitId(), null, hop.recipientName());
                    UnitSnapshot issuer = DirectoryService.current(known, plan.issuingUnitId(), plan.issuingUnitPath(),
                            plan.issuingUnitName() != null ? plan.issuingUnitName() : plan.title());
                    changed += openOrReconcile(eventId, plan, o, year, true,
                            ReportingDeadline.of(year, hop.dueMonth(), hop.dueDay()), board, List.of(issuer), reconcile,
                            now, opened);
                }
            }
        }
        if (reconcile) {
            changed += withdrawDropped(plan, now);
        }
        IssuedPlan.Structure structure = plan.structure();
        plans.applied(plan.planId(), plan.planVersion(), now).describe(plan.number(), plan.title(), plan.issuingUnitId(),
                plan.issuingUnitPath(), plan.issuingUnitName(), structure.startYear(), structure.endYear(),
                structure.contents(), structure.targets(), structure.awardForms());
        Log.infof("Plan %s (%s) v%d: %d reporting period(s) opened, %d changed", plan.planId(), plan.number(),
                plan.planVersion(), opened.size(), changed);
        return opened;
    }

    /** Returns 1 when an existing period changed. */
    private int openOrReconcile(UUID eventId, IssuedPlan plan, IssuedPlan.Obligation o, int year, boolean secondHop,
            ReportingDeadline deadline, UnitSnapshot recipient, List<UnitSnapshot> reporters, boolean reconcile,
            Instant now, List<ReportingPeriod> opened) {
        Optional<ReportingPeriod> existing = periods.findFor(o.obligationId(), year, secondHop);
        if (existing.isEmpty()) {
            ReportingPeriod period = newPeriod(eventId, plan, o, year, secondHop, deadline, recipient, now);
            reporters.forEach(period::require);
            periods.persist(period);
            events.periodOpened(period);
            opened.add(period);
            return 0;
        }
        if (!reconcile) {
            Log.infof("Period of obligation %s for %d is already open; event %s does not reopen it", o.obligationId(),
                    year, eventId);
            return 0;
        }
        ReportingPeriod period = existing.get();
        Instant previousDueAt = period.dueAt;
        boolean moved = period.moveDeadline(deadline, now);
        Set<UUID> listed = new HashSet<>();
        List<UUID> withdrawn = new ArrayList<>();
        boolean requirementsChanged = false;
        for (UnitSnapshot reporter : reporters) {
            listed.add(reporter.id());
            Optional<ReportRequirement> requirement = period.requirementOf(reporter.id());
            if (requirement.isEmpty()) {
                period.require(reporter);
                requirementsChanged = true;
            } else if (requirement.get().reinstate(reports.statusOf(requirement.get().id))) {
                requirementsChanged = true;
            }
        }
        for (ReportRequirement r : period.requirements) {
            if (!listed.contains(r.unitId) && r.withdraw(now)) {
                withdrawn.add(r.unitId);
                requirementsChanged = true;
            }
        }
        if (!moved && !requirementsChanged) {
            return 0;
        }
        periods.flush();
        events.periodChanged(period, previousDueAt, withdrawn);
        return 1;
    }

    /**
     * Periods of an obligation (or a year, or a second hop) the amended version no longer has: their
     * requirements are withdrawn (kept with anything written) and the change is announced.
     */
    private int withdrawDropped(IssuedPlan plan, Instant now) {
        Set<String> kept = new HashSet<>();
        for (IssuedPlan.Obligation o : plan.obligations()) {
            for (int year : o.kind().years(o.firstYear(), o.lastYear(), o.dueDate())) {
                kept.add(o.obligationId() + "/" + year + "/false");
                if (o.secondHop() != null) {
                    kept.add(o.obligationId() + "/" + year + "/true");
                }
            }
        }
        int changed = 0;
        for (ReportingPeriod period : periods.ofPlan(plan.planId())) {
            if (kept.contains(period.obligationId + "/" + period.year + "/" + period.secondHop)) {
                continue;
            }
            List<UUID> withdrawn = new ArrayList<>();
            for (ReportRequirement r : period.requirements) {
                if (r.withdraw(now)) {
                    withdrawn.add(r.unitId);
                }
            }
            if (!withdrawn.isEmpty()) {
                events.periodChanged(period, period.dueAt, withdrawn);
                changed++;
            }
        }
        return changed;
    }

    @Transactional
    public PageResponse<PeriodListing> list(CallerScope caller, UUID planId, Integer year, Boolean secondHop, int page,
            int size) {
        PanacheQuery<ReportingPeriod> query = periods.visible(caller.scopePath(), planId, year, secondHop)
                .page(Page.of(page, size));
        List<ReportingPeriod> found = query.list();
        Map<UUID, Long> counts = requirements.countInScope(found.stream().map(p -> p.id).toList(), caller.scopePath());
        return new PageResponse<>(
                found.stream().map(p -> new PeriodListing(p, counts.getOrDefault(p.id, 0L).intValue())).toList(),
                page, size, query.count());
    }

    /** The period with the requirements of units in the caller's scope; 403 when none of it is in scope. */
    @Transactional
    public PeriodView get(CallerScope caller, UUID id) {
        ReportingPeriod period = periods.findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy kỳ báo cáo"));
        policy.require(caller, Action.READ_PERIOD,
                Target.period(period.recipientUnitPath, period.requirements.stream().map(r -> r.unitPath).toList()));
        List<ReportRequirement> visible = period.requirements.stream()
                .filter(r -> policy.allows(caller, Action.READ_REPORT, Target.unit(r.unitId, r.unitPath))).toList();
        Map<UUID, ReportSummary> summaries = reports.summariesByRequirement(visible.stream().map(r -> r.id).toList());
        return new PeriodView(period, visible, summaries);
    }

    /**
     * Gia hạn: the office (or admin) of the period's commune moves the deadline of one unit
     * ({@code unitId}) or of everyone (null) to {@code dueDate}, which must lie after the current
     * deadline and after today. For everyone, a unit whose own deadline is already later keeps it.
     * The change is in the history of each affected report and announced with DeadlineExtended.
     */
    @Transactional
    public PeriodView extend(CallerScope caller, UUID periodId, UUID unitId, LocalDate dueDate, String reason) {
        ReportingPeriod period = periods.findByIdOptional(periodId)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy kỳ báo cáo"));
        policy.require(caller, Action.EXTEND_DEADLINE, Target.commune(period.issuingUnitPath));
        if (!dueDate.isAfter(VietnamTime.today())) {
            throw new InvalidFieldException("dueDate", "Hạn mới phải sau ngày hôm nay");
        }
        String why = reason.strip();
        ReportingDeadline deadline = ReportingDeadline.on(dueDate);
        List<ReportRequirement> active = period.requirements.stream().filter(ReportRequirement::active).toList();
        List<ReportRequirement> affected = new ArrayList<>();
        Instant previousDueAt;
        String unitPath = null;
        if (unitId != null) {
            ReportRequirement requirement = active.stream().filter(r -> r.unitId.equals(unitId)).findFirst()
                    .orElseThrow(() -> new InvalidFieldException("unitId", "Đơn vị không phải báo cáo trong kỳ này"));
            if (!dueDate.isAfter(requirement.effectiveDueDate())) {
                throw new InvalidFieldException("dueDate", "Hạn mới phải sau hạn hiện tại của đơn vị ("
                        + VietnamTime.DATE.format(requirement.effectiveDueDate()) + ")");
            }
            previousDueAt = requirement.effectiveDueAt();
            requirement.setDeadline(deadline, why);
            affected.add(requirement);
            unitPath = requirement.unitPath;
        } else {
            if (!dueDate.isAfter(period.dueDate)) {
                throw new InvalidFieldException("dueDate", "Hạn mới phải sau hạn hiện tại của kỳ báo cáo ("
                        + VietnamTime.DATE.format(period.dueDate) + ")");
            }
            Set<Instant> before = new HashSet<>();
            active.forEach(r -> before.add(r.effectiveDueAt()));
            previousDueAt = before.size() == 1 ? before.iterator().next() : before.isEmpty() ? period.dueAt : null;
            for (ReportRequirement r : active) {
                if (r.effectiveDueAt().isBefore(deadline.dueAt())) {
                    affected.add(r);
                    r.clearDeadline();
                }
            }
            period.extend(deadline);
        }
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (!affected.isEmpty()) {
            for (Report report : reports.list("requirement in ?1", affected)) {
                report.deadlineExtended(caller.username(), at, why);
            }
        }
        events.deadlineExtended(period, unitPath, new ReportEvents.DeadlineExtended(period.id, period.planId,
                period.year, period.title, affected.stream().map(r -> r.unitId).toList(), unitId == null,
                previousDueAt, deadline.dueDate(), deadline.dueAt(), why, at, caller.username()));
        periods.flush();
        return get(caller, periodId);
    }

    private static Set<UUID> unitIds(IssuedPlan plan) {
        Set<UUID> ids = new HashSet<>();
        ids.add(plan.issuingUnitId());
        for (IssuedPlan.Obligation o : plan.obligations()) {
            ids.add(o.recipientUnitId());
            o.reporters().forEach(r -> ids.add(r.id()));
            if (o.secondHop() != null && o.secondHop().recipientUnitId() != null) {
                ids.add(o.secondHop().recipientUnitId());
            }
        }
        return ids;
    }

    /** The reporters in the plan's order, each unit once, as the directory knows them now. */
    private static List<UnitSnapshot> distinct(List<UnitSnapshot> reporters, Map<UUID, DirectoryUnit> known) {
        Map<UUID, UnitSnapshot> byId = new LinkedHashMap<>();
        for (UnitSnapshot r : reporters) {
            byId.putIfAbsent(r.id(), DirectoryService.current(known, r.id(), r.path(), r.name()));
        }
        return List.copyOf(byId.values());
    }

    private static ReportingPeriod newPeriod(UUID eventId, IssuedPlan plan, IssuedPlan.Obligation o, int year,
            boolean secondHop, ReportingDeadline deadline, UnitSnapshot recipient, Instant now) {
        ReportingPeriod period = new ReportingPeriod();
        period.id = UUID.randomUUID();
        period.planId = plan.planId();
        period.planNumber = plan.number() == null || plan.number().isBlank() ? null : plan.number().strip();
        period.planTitle = plan.title().strip();
        period.obligationId = o.obligationId();
        period.year = year;
        period.kind = o.kind();
        period.secondHop = secondHop;
        period.title = ReportingPeriod.annualTitle(o.title(), plan.title(), year);
        period.recipientUnitId = recipient.id();
        period.recipientUnitPath = recipient.path();
        period.recipientUnitName = recipient.name();
        period.issuingUnitId = plan.issuingUnitId();
        period.issuingUnitPath = plan.issuingUnitPath();
        period.dueDate = deadline.dueDate();
        period.dueAt = deadline.dueAt();
        period.openedAt = now;
        period.openedByEvent = eventId;
        return period;
    }
}
