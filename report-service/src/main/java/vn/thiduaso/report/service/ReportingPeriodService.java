package vn.thiduaso.report.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Page;
import io.quarkus.security.ForbiddenException;
import vn.thiduaso.platform.api.PageResponse;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.report.api.ReportingPeriodDtos.PeriodDetail;
import vn.thiduaso.report.api.ReportingPeriodDtos.PeriodSummary;
import vn.thiduaso.report.domain.DirectoryUnit;
import vn.thiduaso.report.domain.PeriodKind;
import vn.thiduaso.report.domain.ReportRequirement;
import vn.thiduaso.report.domain.ReportingDeadline;
import vn.thiduaso.report.domain.ReportingPeriod;
import vn.thiduaso.report.domain.UnitSnapshot;
import vn.thiduaso.report.messaging.PlanIssued;
import vn.thiduaso.report.messaging.ReportEvents;
import vn.thiduaso.platform.db.AdvisoryLocks;
import vn.thiduaso.report.repository.ReportRepository;
import vn.thiduaso.report.repository.ReportRequirementRepository;
import vn.thiduaso.report.repository.ReportingPeriodRepository;

/** Opening reporting periods from issued plans, and reading them within the caller's scope. */
@ApplicationScoped
public class ReportingPeriodService {

    private final ReportingPeriodRepository periods;
    private final ReportRequirementRepository requirements;
    private final ReportRepository reports;
    private final DirectoryService directory;
    private final ReportEvents events;
    private final AdvisoryLocks locks;

    public ReportingPeriodService(ReportingPeriodRepository periods, ReportRequirementRepository requirements,
            ReportRepository reports, DirectoryService directory, ReportEvents events, AdvisoryLocks locks) {
        this.periods = periods;
        this.requirements = requirements;
        this.reports = reports;
        this.directory = directory;
        this.events = events;
        this.locks = locks;
    }

    /**
     * Opens one annual period per reporting obligation and year, with one requirement per addressee,
     * and publishes {@code ReportingPeriodOpened} for each in the same transaction. A period that
     * already exists for the obligation and year (the plan was delivered or issued again) is left
     * as it is and not announced again.
     */
    @Transactional
    public List<ReportingPeriod> openFromPlan(UUID eventId, PlanIssued plan) {
        plan.validate();
        // Two deliveries of the same plan on different instances must not both pass the existence check.
        locks.lock("report-service:plan:" + plan.planId());

        Map<UUID, PlanIssued.Addressee> addressees = new LinkedHashMap<>();
        plan.addressees().forEach(a -> addressees.putIfAbsent(a.unitId(), a));
        Set<UUID> unitIds = new HashSet<>(addressees.keySet());
        plan.reportingObligations().forEach(o -> unitIds.add(o.recipientUnitId()));
        Map<UUID, DirectoryUnit> known = directory.known(unitIds);

        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<ReportingPeriod> opened = new ArrayList<>();
        for (PlanIssued.Obligation o : plan.reportingObligations()) {
            for (int year = o.firstYear(); year <= o.lastYear(); year++) {
                if (periods.existsFor(o.obligationId(), year)) {
                    Log.infof("Period of obligation %s for %d is already open; PlanIssued %s does not reopen it",
                            o.obligationId(), year, eventId);
                    continue;
                }
                ReportingPeriod period = newPeriod(eventId, plan, o, year, now);
                UnitSnapshot recipient = DirectoryService.current(known, o.recipientUnitId(), o.recipientUnitPath(),
                        o.recipientUnitName());
                period.recipientUnitId = recipient.id();
                period.recipientUnitPath = recipient.path();
                period.recipientUnitName = recipient.name();
                for (PlanIssued.Addressee a : addressees.values()) {
                    period.require(DirectoryService.current(known, a.unitId(), a.unitPath(), a.unitName()));
                }
                periods.persist(period);
                events.periodOpened(period);
                opened.add(period);
            }
        }
        Log.infof("Plan %s (%s): %d reporting period(s) opened", plan.planId(), plan.number(), opened.size());
        return opened;
    }

    @Transactional
    public PageResponse<PeriodSummary> list(CallerScope caller, UUID planId, Integer year, int page, int size) {
        PanacheQuery<ReportingPeriod> query = periods.visible(caller.scopePath(), planId, year).page(Page.of(page, size));
        List<ReportingPeriod> found = query.list();
        Map<UUID, Long> counts = requirements.countInScope(found.stream().map(p -> p.id).toList(), caller.scopePath());
        return new PageResponse<>(
                found.stream().map(p -> PeriodSummary.of(p, counts.getOrDefault(p.id, 0L).intValue())).toList(),
                page, size, query.count());
    }

    /** The period with the requirements of units in the caller's scope; 403 when none of it is in scope. */
    @Transactional
    public PeriodDetail get(CallerScope caller, UUID id) {
        ReportingPeriod period = periods.findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy kỳ báo cáo"));
        List<ReportRequirement> visible = period.requirements.stream().filter(r -> caller.covers(r.unitPath)).toList();
        if (visible.isEmpty() && !caller.covers(period.recipientUnitPath)) {
            throw new ForbiddenException("Kỳ báo cáo này không liên quan đến đơn vị trong phạm vi của bạn");
        }
        Map<UUID, UUID> reportIds = reports.idsByRequirement(visible.stream().map(r -> r.id).toList());
        return PeriodDetail.of(period, visible, reportIds);
    }

    private static ReportingPeriod newPeriod(UUID eventId, PlanIssued plan, PlanIssued.Obligation o, int year,
            Instant now) {
        ReportingDeadline deadline = ReportingDeadline.of(year, o.dueMonth(), o.dueDay());
        ReportingPeriod period = new ReportingPeriod();
        period.id = UUID.randomUUID();
        period.planId = plan.planId();
        period.planNumber = plan.number() == null || plan.number().isBlank() ? null : plan.number().strip();
        period.planTitle = plan.title().strip();
        period.obligationId = o.obligationId();
        period.year = year;
        period.kind = PeriodKind.ANNUAL;
        period.title = ReportingPeriod.annualTitle(o.title(), plan.title(), year);
        period.issuingUnitId = plan.issuingUnitId();
        period.issuingUnitPath = plan.issuingUnitPath();
        period.dueDate = deadline.dueDate();
        period.dueAt = deadline.dueAt();
        period.openedAt = now;
        period.openedByEvent = eventId;
        return period;
    }
}
