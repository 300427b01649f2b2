package vn.thiduaso.notification.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Page;
import vn.thiduaso.notification.domain.Deadline;
import vn.thiduaso.notification.domain.DeadlineStatus;
import vn.thiduaso.notification.messaging.ReportEvents.ReportingPeriodChanged;
import vn.thiduaso.notification.messaging.ReportEvents.ReportingPeriodOpened;
import vn.thiduaso.notification.messaging.ReportEvents.Requirement;
import vn.thiduaso.notification.repository.DeadlineRepository;
import vn.thiduaso.notification.service.AccessPolicy.Action;
import vn.thiduaso.notification.service.AccessPolicy.Target;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.db.AdvisoryLocks;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.time.VietnamTime;

/** Deadlines (Hạn báo cáo): recorded from reporting periods, listed within the caller's scope. */
@ApplicationScoped
public class DeadlineService {

    private final DeadlineRepository deadlines;
    private final AdvisoryLocks locks;
    private final AnnouncementService announcements;
    private final AccessPolicy policy;

    public DeadlineService(DeadlineRepository deadlines, AdvisoryLocks locks, AnnouncementService announcements,
            AccessPolicy policy) {
        this.deadlines = deadlines;
        this.locks = locks;
        this.announcements = announcements;
        this.policy = policy;
    }

    /**
     * One deadline per responsible unit of the period. A redelivered or republished event finds its
     * deadlines and changes nothing; new ones are announced to the unit's users.
     */
    @Transactional
    public void periodOpened(ReportingPeriodOpened event) {
        locks.lockAll(event.requirements().stream().map(r -> AnnouncementService.unitLockName(r.unitId())).toList());
        LocalDate dueDate = event.dueDate() != null ? event.dueDate() : VietnamTime.dateOf(event.dueAt());
        int created = 0;
        for (Requirement requirement : event.requirements()) {
            if (deadlines.findByPeriodAndUnit(event.periodId(), requirement.unitId()).isPresent()) {
                continue;
            }
            Deadline d = new Deadline();
            d.id = UUID.randomUUID();
            d.periodId = event.periodId();
            d.requirementId = requirement.requirementId();
            d.planId = event.planId();
            d.planNumber = event.planNumber();
            d.planTitle = event.planTitle().trim();
            d.title = event.title().trim();
            d.periodYear = event.year();
            d.periodKind = event.kind();
            d.unitId = requirement.unitId();
            d.unitPath = requirement.unitPath();
            d.unitName = requirement.unitName().trim();
            d.recipientUnitId = event.recipientUnitId();
            d.recipientUnitPath = event.recipientUnitPath();
            d.recipientUnitName = event.recipientUnitName().trim();
            d.dueAt = event.dueAt();
            d.dueDate = dueDate;
            d.status = DeadlineStatus.OPEN;
            d.createdAt = Instant.now();
            deadlines.persist(d);
            announcements.deadlineCreated(d);
            created++;
        }
        Log.infof("Reporting period %s: %d new deadline(s) of %d unit(s)", event.periodId(), created,
                event.requirements().size());
    }

    @Transactional
    public PageResponse<Deadline> list(CallerScope caller, UUID unitId, LocalDate from, LocalDate to, int page,
            int size) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidFieldException("to", "Ngày kết thúc không được trước ngày bắt đầu");
        }
        // A unit this service has no deadline of has nothing to hide; a known one must be in scope.
        Target unit = unitId == null ? Target.NONE
                : deadlines.unitPathOf(unitId).map(Target::new).orElse(Target.NONE);
        policy.require(caller, Action.READ_DEADLINES, unit);
        PanacheQuery<Deadline> query = deadlines.inScope(caller.scopePath(), unitId, from, to).page(Page.of(page, size));
        return new PageResponse<>(query.list(), page, size, query.count());
    }

    /**
     * An amended plan changed the period: open deadlines move to the new due instant, a unit that
     * must now report gets its deadline (announced as usual), a withdrawn unit's deadline is marked
     * WITHDRAWN (kept, never deleted).
     */
    @Transactional
    public void periodChanged(ReportingPeriodChanged event) {
        LocalDate dueDate = event.dueDate() != null ? event.dueDate() : VietnamTime.dateOf(event.dueAt());
        // Withdraw first: a withdrawn unit's deadline keeps the date it had.
        int withdrawn = 0;
        if (event.withdrawnUnitIds() != null) {
            for (UUID unitId : event.withdrawnUnitIds()) {
                Deadline d = deadlines.findByPeriodAndUnit(event.periodId(), unitId).orElse(null);
                if (d != null && d.status == DeadlineStatus.OPEN) {
                    d.status = DeadlineStatus.WITHDRAWN;
                    withdrawn++;
                }
            }
        }
        int moved = 0;
        for (Deadline d : deadlines.ofPeriod(event.periodId())) {
            if (d.moveTo(event.dueAt(), dueDate)) {
                moved++;
            }
        }
        periodOpened(event.asOpened());
        Log.infof("Reporting period %s changed: %d deadline(s) moved to %s, %d withdrawn", event.periodId(), moved,
                event.dueAt(), withdrawn);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
