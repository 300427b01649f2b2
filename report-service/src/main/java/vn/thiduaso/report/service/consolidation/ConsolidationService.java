package vn.thiduaso.report.service.consolidation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.Hibernate;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import vn.thiduaso.platform.db.AdvisoryLocks;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.problem.StaleVersionException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.report.domain.DirectoryUnit;
import vn.thiduaso.report.domain.ReportRequirement;
import vn.thiduaso.report.domain.ReportingPeriod;
import vn.thiduaso.report.domain.ReportingPlan;
import vn.thiduaso.report.domain.consolidation.Assembly;
import vn.thiduaso.report.domain.consolidation.ConsolidatedReport;
import vn.thiduaso.report.domain.consolidation.ConsolidatedSection;
import vn.thiduaso.report.domain.consolidation.ConsolidationStatus;
import vn.thiduaso.report.messaging.ConsolidationEvents;
import vn.thiduaso.report.repository.ConsolidatedReportRepository;
import vn.thiduaso.report.repository.DirectoryUnitRepository;
import vn.thiduaso.report.repository.ReportingPeriodRepository;
import vn.thiduaso.report.repository.ReportingPlanRepository;
import vn.thiduaso.report.service.AccessPolicy;
import vn.thiduaso.report.service.AccessPolicy.Action;
import vn.thiduaso.report.service.AccessPolicy.Target;

/**
 * Báo cáo tổng hợp: the commune's office assembles its units' accepted reports of a period (again
 * whenever more are accepted, keeping what it wrote), edits the texts, a leader approves, and it is
 * submitted onwards — marking the commune's requirement of the second-hop period submitted, with
 * its lateness, and announcing ConsolidatedReportSubmitted. The board reads submitted ones.
 */
@ApplicationScoped
public class ConsolidationService {

    /** What the caller may do with a consolidation now. */
    public record Actions(boolean edit, boolean approve, boolean submit) {
    }

    /**
     * A consolidation with its period and the second hop it is submitted in (null when the plan has
     * none, or its commune's requirement there), every collection loaded.
     */
    public record Detail(ConsolidatedReport consolidation, ReportingPeriod period, ReportingPeriod secondHop,
            ReportRequirement secondHopRequirement, Actions actions) {
    }

    public record Assembled(Detail detail, boolean created) {
    }

    /** A row of the list: the consolidation, its period and how many units did not report. */
    public record Listing(ConsolidatedReport consolidation, ReportingPeriod period, int missingUnits) {
    }

    private final ConsolidatedReportRepository consolidations;
    private final ReportingPeriodRepository periods;
    private final ReportingPlanRepository plans;
    private final DirectoryUnitRepository units;
    private final ConsolidationAssembler assembler;
    private final ConsolidationEvents events;
    private final AdvisoryLocks locks;
    private final AccessPolicy policy;

    public ConsolidationService(ConsolidatedReportRepository consolidations, ReportingPeriodRepository periods,
            ReportingPlanRepository plans, DirectoryUnitRepository units, ConsolidationAssembler assembler,
            ConsolidationEvents events, AdvisoryLocks locks, AccessPolicy policy) {
        this.consolidations = consolidations;
        this.periods = periods;
        this.plans = plans;
        this.units = units;
        this.assembler = assembler;
        this.events = events;
        this.locks = locks;
        this.policy = policy;
    }

    /**
     * Assembles the period's consolidation, or re-assembles it (DRAFT only) keeping the office's texts.
     * Only a reporters' period is consolidated; the commune's own second-hop period is what it is submitted in.
     */
    @Transactional
    public Assembled assemble(CallerScope caller, UUID periodId) {
        ReportingPeriod period = period(periodId);
        policy.require(caller, Action.WRITE_CONSOLIDATION, commune(period));
        if (period.secondHop) {
            throw new InvalidFieldException("periodId", "Đây là kỳ báo cáo của xã gửi cấp trên; hãy tổng hợp kỳ báo cáo"
                    + " của các đơn vị, báo cáo tổng hợp sẽ được gửi trong kỳ này");
        }
        locks.lock("report-service:consolidation:" + period.id);
        ReportingPlan plan = plans.findById(period.planId);
        Assembly assembly = assembler.assemble(period, plan);
        Instant now = now();
        Optional<ConsolidatedReport> existing = consolidations.findByPeriod(period.id);
        ConsolidatedReport c;
        if (existing.isPresent()) {
            c = existing.get();
            c.reassemble(assembly, caller.username(), now);
        } else {
            c = ConsolidatedReport.assemble(period, period.issuingUnitId, period.issuingUnitPath,
                    communeName(period, plan), assembly, caller.username(), now);
            consolidations.persist(c);
        }
        consolidations.flush();
        return new Assembled(detail(caller, c, period), existing.isEmpty());
    }

    @Transactional
    public Detail get(CallerScope caller, UUID id) {
        ConsolidatedReport c = find(id);
        requireRead(caller, c);
        return detail(caller, c, period(c.periodId));
    }

    /** The period's consolidation; 404 when it has not been assembled yet. */
    @Transactional
    public Detail getByPeriod(CallerScope caller, UUID periodId) {
        ReportingPeriod period = period(periodId);
        ConsolidatedReport c = consolidations.findByPeriod(period.id).orElse(null);
        if (c == null) {
            policy.require(caller, Action.READ_CONSOLIDATION, commune(period));
            throw new NotFoundException("Kỳ báo cáo này chưa có báo cáo tổng hợp");
        }
        requireRead(caller, c);
        return detail(caller, c, period);
    }

    /** The office's texts (DRAFT only); {@code null} fields stay as they are. */
    @Transactional
    public Detail edit(CallerScope caller, UUID id, long version, List<ConsolidatedReport.TextEdit> contents,
            String summary, String difficulties, String proposals) {
        ConsolidatedReport c = find(id);
        policy.require(caller, Action.WRITE_CONSOLIDATION, Target.unit(c.unitId, c.unitPath));
        requireVersion(c, version);
        c.edit(contents, summary, difficulties, proposals, caller.username(), now());
        consolidations.flush();
        return detail(caller, c, period(c.periodId));
    }

    @Transactional
    public Detail approve(CallerScope caller, UUID id, long version) {
        ConsolidatedReport c = find(id);
        policy.require(caller, Action.APPROVE_CONSOLIDATION, Target.unit(c.unitId, c.unitPath));
        requireVersion(c, version);
        c.approve(caller.username(), now());
        consolidations.flush();
        return detail(caller, c, period(c.periodId));
    }

    /**
     * Sends the approved consolidation onwards: the commune's requirement of the second-hop period of
     * the same obligation and year (when the plan has one) is submitted, lateness measured against
     * its effective deadline; ConsolidatedReportSubmitted goes out in the same transaction.
     */
    @Transactional
    public Detail submit(CallerScope caller, UUID id, long version) {
        ConsolidatedReport c = find(id);
        policy.require(caller, Action.SUBMIT_CONSOLIDATION, Target.unit(c.unitId, c.unitPath));
        requireVersion(c, version);
        ReportingPeriod period = period(c.periodId);
        ReportingPeriod secondHop = periods.findFor(period.obligationId, period.year, true).orElse(null);
        ReportRequirement requirement = secondHop == null ? null : requirementOf(secondHop, c.unitId);
        c.submit(caller.username(), now(), secondHop, requirement);
        events.submitted(c);
        consolidations.flush();
        return detail(caller, c, period);
    }

    /**
     * Consolidations in the caller's scope (narrowed to {@code unitPath} when given): every status for
     * the commune's office and leaders, submitted ones only for the board.
     */
    @Transactional
    public PageResponse<Listing> list(CallerScope caller, Integer year, UUID planId, String unitPath,
            ConsolidationStatus status, int page, int size) {
        String scope = caller.scopePath();
        policy.require(caller, Action.READ_DASHBOARD, Target.unit(null, unitPath != null ? unitPath : scope));
        List<ConsolidationStatus> visible = policy.seesUnsubmittedConsolidations(caller)
                ? List.of(ConsolidationStatus.values())
                : List.of(ConsolidationStatus.SUBMITTED);
        List<ConsolidationStatus> statuses = status == null ? visible
                : visible.contains(status) ? List.of(status) : List.of();
        if (statuses.isEmpty()) {
            return new PageResponse<>(List.of(), page, size, 0);
        }
        PanacheQuery<ConsolidatedReport> query = consolidations.visible(scope, unitPath, year, planId, statuses)
                .page(Page.of(page, size));
        List<ConsolidatedReport> found = query.list();
        Map<UUID, ReportingPeriod> byId = new HashMap<>();
        if (!found.isEmpty()) {
            periods.list("id in ?1", found.stream().map(c -> c.periodId).toList()).forEach(p -> byId.put(p.id, p));
        }
        return new PageResponse<>(found.stream()
                .map(c -> new Listing(c, byId.get(c.periodId), c.missingUnits.size())).toList(),
                page, size, query.count());
    }

    private void requireRead(CallerScope caller, ConsolidatedReport c) {
        policy.require(caller, c.status == ConsolidationStatus.SUBMITTED ? Action.READ_SUBMITTED_CONSOLIDATION
                : Action.READ_CONSOLIDATION, Target.unit(c.unitId, c.unitPath));
    }

    private Detail detail(CallerScope caller, ConsolidatedReport c, ReportingPeriod period) {
        ReportingPeriod secondHop = c.secondHopPeriodId != null ? periods.findById(c.secondHopPeriodId)
                : periods.findFor(period.obligationId, period.year, true).orElse(null);
        ReportRequirement requirement = secondHop == null ? null : requirementOf(secondHop, c.unitId);
        Hibernate.initialize(c.history);
        Hibernate.initialize(c.targets);
        Hibernate.initialize(c.missingUnits);
        Hibernate.initialize(c.seriesValues);
        Hibernate.initialize(c.seriesTexts);
        for (ConsolidatedSection s : c.sections) {
            Hibernate.initialize(s.sources);
        }
        Target commune = Target.unit(c.unitId, c.unitPath);
        Actions actions = new Actions(
                c.status == ConsolidationStatus.DRAFT && policy.allows(caller, Action.WRITE_CONSOLIDATION, commune),
                c.status == ConsolidationStatus.DRAFT && policy.allows(caller, Action.APPROVE_CONSOLIDATION, commune),
                c.status == ConsolidationStatus.APPROVED && policy.allows(caller, Action.SUBMIT_CONSOLIDATION, commune));
        return new Detail(c, period, secondHop, requirement, actions);
    }

    private static ReportRequirement requirementOf(ReportingPeriod secondHop, UUID communeId) {
        return secondHop.requirementOf(communeId).filter(ReportRequirement::active).orElse(null);
    }

    private ReportingPeriod period(UUID id) {
        return periods.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Không tìm thấy kỳ báo cáo"));
    }

    private ConsolidatedReport find(UUID id) {
        return consolidations.findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy báo cáo tổng hợp"));
    }

    private static Target commune(ReportingPeriod period) {
        return Target.unit(period.issuingUnitId, period.issuingUnitPath);
    }

    private static void requireVersion(ConsolidatedReport c, long version) {
        if (c.version != version) {
            throw new StaleVersionException(c.version);
        }
    }

    /** The commune's name: the directory's, else the plan's issuing unit's, else a neutral one. */
    private String communeName(ReportingPeriod period, ReportingPlan plan) {
        DirectoryUnit unit = units.findById(period.issuingUnitId);
        if (unit != null) {
            return unit.name;
        }
        if (plan != null && plan.issuingUnitName != null && !plan.issuingUnitName.isBlank()) {
            return plan.issuingUnitName.strip();
        }
        return "Ủy ban nhân dân xã";
    }

    private static Instant now() {
        // Microseconds: what PostgreSQL keeps, so a re-read consolidation shows the same instant.
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
