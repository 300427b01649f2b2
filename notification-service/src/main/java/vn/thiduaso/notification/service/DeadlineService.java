package vn.thiduaso.notification.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Page;
import vn.thiduaso.notification.domain.Deadline;
import vn.thiduaso.notification.config.NotificationConfig;
import vn.thiduaso.notification.domain.DeadlineState;
import vn.thiduaso.notification.domain.DeadlineStatus;
import vn.thiduaso.notification.domain.DirectoryUser;
import vn.thiduaso.notification.domain.EmailKind;
import vn.thiduaso.notification.messaging.ReportEvents.ConsolidatedReportSubmitted;
import vn.thiduaso.notification.messaging.ReportEvents.DeadlineExtended;
import vn.thiduaso.notification.messaging.ReportEvents.ReportAccepted;
import vn.thiduaso.notification.messaging.ReportEvents.ReportSubmitted;
import vn.thiduaso.notification.messaging.ReportEvents.ReportingPeriodChanged;
import vn.thiduaso.notification.messaging.ReportEvents.ReportingPeriodOpened;
import vn.thiduaso.notification.messaging.ReportEvents.Requirement;
import vn.thiduaso.notification.repository.DeadlineRepository;
import vn.thiduaso.notification.repository.DirectoryUserRepository;
import vn.thiduaso.notification.service.AccessPolicy.Action;
import vn.thiduaso.notification.service.AccessPolicy.Target;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.db.AdvisoryLocks;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.time.VietnamTime;

/** Deadlines (Hạn báo cáo): recorded from reporting periods, following the report events, listed within the caller's scope. */
@ApplicationScoped
public class DeadlineService {

    /** A deadline with what time makes of it now. */
    public record Listed(Deadline deadline, DeadlineState state, long daysLeft) {
    }

    private final DeadlineRepository deadlines;
    private final AdvisoryLocks locks;
    private final AnnouncementService announcements;
    private final ReminderPlanner planner;
    private final Notifier notifier;
    private final DirectoryUserRepository users;
    private final AccessPolicy policy;
    private final NotificationConfig config;
    private final Clock clock;

    public DeadlineService(DeadlineRepository deadlines, AdvisoryLocks locks, AnnouncementService announcements,
            ReminderPlanner planner, Notifier notifier, DirectoryUserRepository users, AccessPolicy policy,
            NotificationConfig config, Clock clock) {
        this.deadlines = deadlines;
        this.locks = locks;
        this.announcements = announcements;
        this.planner = planner;
        this.notifier = notifier;
        this.users = users;
        this.policy = policy;
        this.config = config;
        this.clock = clock;
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
            d.createdAt = clock.instant();
            deadlines.persist(d);
            announcements.deadlineCreated(d);
            planner.sync(d);
            created++;
        }
        Log.infof("Reporting period %s: %d new deadline(s) of %d unit(s)", event.periodId(), created,
                event.requirements().size());
    }

    @Transactional
    public PageResponse<Listed> list(CallerScope caller, UUID unitId, LocalDate from, LocalDate to, int page,
            int size) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidFieldException("to", "Ngày kết thúc không được trước ngày bắt đầu");
        }
        // A unit this service has no deadline of has nothing to hide; a known one must be in scope.
        Target unit = unitId == null ? Target.NONE
                : deadlines.unitPathOf(unitId).map(Target::new).orElse(Target.NONE);
        policy.require(caller, Action.READ_DEADLINES, unit);
        PanacheQuery<Deadline> query = deadlines.inScope(caller.scopePath(), unitId, from, to).page(Page.of(page, size));
        Instant now = clock.instant();
        return new PageResponse<>(query.list().stream().map(d -> listed(d, now)).toList(), page, size, query.count());
    }

    public Listed listed(Deadline d, Instant now) {
        return new Listed(d, DeadlineState.of(d.status, d.dueAt, now, config.dueSoonDays()),
                DeadlineState.daysLeft(d.dueAt, now));
    }

    /**
     * An amended plan changed the period: open deadlines move to the new due instant, a unit that
     * must now report gets its deadline (announced as usual), a withdrawn unit's deadline is marked
     * WITHDRAWN (kept, never deleted).
     */
    @Transactional
    public void periodChanged(ReportingPeriodChanged event) {
        java.util.Set<String> units = new java.util.HashSet<>();
        deadlines.ofPeriod(event.periodId()).forEach(d -> units.add(AnnouncementService.unitLockName(d.unitId)));
        event.requirements().forEach(r -> units.add(AnnouncementService.unitLockName(r.unitId())));
        locks.lockAll(units);
        LocalDate dueDate = event.dueDate() != null ? event.dueDate() : VietnamTime.dateOf(event.dueAt());
        // Withdraw first: a withdrawn unit's deadline keeps the date it had.
        int withdrawn = 0;
        if (event.withdrawnUnitIds() != null) {
            for (UUID unitId : event.withdrawnUnitIds()) {
                Deadline d = deadlines.findByPeriodAndUnit(event.periodId(), unitId).orElse(null);
                if (d != null && d.status == DeadlineStatus.OPEN) {
                    d.status = DeadlineStatus.WITHDRAWN;
                    d.statusAt = clock.instant();
                    planner.cancel(d);
                    withdrawn++;
                }
            }
        }
        int moved = 0;
        for (Deadline d : deadlines.ofPeriod(event.periodId())) {
            if (d.moveTo(event.dueAt(), dueDate)) {
                planner.sync(d);
                moved++;
            }
        }
        periodOpened(event.asOpened());
        Log.infof("Reporting period %s changed: %d deadline(s) moved to %s, %d withdrawn", event.periodId(), moved,
                event.dueAt(), withdrawn);
    }

    /** ReportSubmitted: the unit's deadline is met; its remaining reminders stop. */
    @Transactional
    public void reportSubmitted(ReportSubmitted event) {
        Deadline d = known(event.periodId(), event.unitId(), "ReportSubmitted");
        if (d == null) {
            return;
        }
        d.submitted(event.reportId(), event.submittedAt() != null ? event.submittedAt() : clock.instant(), event.late(),
                event.lateSeconds());
        planner.cancel(d);
        Log.infof("Deadline %s of unit %s: report submitted%s", d.id, d.unitId,
                Boolean.TRUE.equals(event.late()) ? " late" : "");
    }

    /**
     * ReportReturned / ReportReopened: the unit must send the report again by the new due instant —
     * a new reminder ladder, and a mail with the reason and the new deadline to the unit's users.
     */
    @Transactional
    public void reportReturned(UUID eventId, UUID periodId, UUID unitId, Instant dueAt, LocalDate dueDate, String reason,
            Instant at, boolean reopened) {
        Deadline d = known(periodId, unitId, reopened ? "ReportReopened" : "ReportReturned");
        if (d == null) {
            return;
        }
        String why = blank(reason) ? "" : reason.strip();
        if (!d.reopen(dueAt, dueDate != null ? dueDate : VietnamTime.dateOf(dueAt), why.isEmpty() ? null : why,
                at != null ? at : clock.instant())) {
            return;
        }
        planner.sync(d);
        Map<String, Object> data = notifier.deadlineData(d, notifier.unitLink(d));
        data.put("reason", why.isEmpty() ? "—" : why);
        data.put("reopened", reopened);
        int told = 0;
        for (DirectoryUser user : users.activeInUnit(d.unitId)) {
            if (notifier.toUser(user, EmailKind.RETURNED, d.id, data, eventId)) {
                told++;
            }
        }
        Log.infof("Deadline %s of unit %s %s: due %s, %d user(s) told", d.id, d.unitId,
                reopened ? "reopened" : "returned", d.dueAt, told);
    }

    @Transactional
    public void reportAccepted(ReportAccepted event) {
        Deadline d = known(event.periodId(), event.unitId(), "ReportAccepted");
        if (d == null) {
            return;
        }
        d.accepted(event.reportId(), event.acceptedAt() != null ? event.acceptedAt() : clock.instant());
        planner.cancel(d);
    }

    /** DeadlineExtended: the listed units' deadlines move; the open ones get a new ladder. */
    @Transactional
    public void deadlineExtended(DeadlineExtended event) {
        LocalDate dueDate = event.dueDate() != null ? event.dueDate() : VietnamTime.dateOf(event.dueAt());
        List<UUID> unitIds = event.unitIds() == null ? List.of() : event.unitIds();
        locks.lockAll(deadlines.ofPeriod(event.periodId()).stream()
                .map(d -> AnnouncementService.unitLockName(d.unitId)).toList());
        List<Deadline> affected = unitIds.isEmpty() && Boolean.TRUE.equals(event.forEveryone())
                ? deadlines.ofPeriod(event.periodId())
                : unitIds.stream().map(u -> deadlines.findByPeriodAndUnit(event.periodId(), u).orElse(null))
                        .filter(java.util.Objects::nonNull).toList();
        int moved = 0;
        for (Deadline d : affected) {
            if (d.extend(event.dueAt(), dueDate, blank(event.reason()) ? null : event.reason().strip())) {
                planner.sync(d);
                moved++;
            }
        }
        Log.infof("Period %s extended to %s: %d deadline(s) moved", event.periodId(), event.dueAt(), moved);
    }

    /** ConsolidatedReportSubmitted: the commune's own deadline of the second hop is met. */
    @Transactional
    public void consolidatedSubmitted(ConsolidatedReportSubmitted event) {
        if (event.secondHopPeriodId() == null) {
            return;
        }
        Deadline d = known(event.secondHopPeriodId(), event.unitId(), "ConsolidatedReportSubmitted");
        if (d == null) {
            return;
        }
        d.submitted(null, event.submittedAt() != null ? event.submittedAt() : clock.instant(), event.late(),
                event.lateSeconds());
        planner.cancel(d);
    }

    /** The deadline of the event, or null (logged) when this service never learnt of it: the event changes nothing. */
    private Deadline known(UUID periodId, UUID unitId, String type) {
        // the unit's lock first, as every path that plans a unit's reminders takes it (no deadlocks)
        locks.lock(AnnouncementService.unitLockName(unitId));
        Deadline d = deadlines.findByPeriodAndUnit(periodId, unitId).orElse(null);
        if (d == null) {
            Log.infof("%s for period %s, unit %s: no such deadline here, ignored", type, periodId, unitId);
        }
        return d;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
