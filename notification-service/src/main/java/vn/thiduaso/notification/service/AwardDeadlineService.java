package vn.thiduaso.notification.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import vn.thiduaso.notification.domain.Deadline;
import vn.thiduaso.notification.domain.DeadlineSource;
import vn.thiduaso.notification.domain.DeadlineStatus;
import vn.thiduaso.notification.domain.DirectoryUnit;
import vn.thiduaso.notification.domain.DirectoryUser;
import vn.thiduaso.notification.messaging.AwardEvents.AwardRound;
import vn.thiduaso.notification.messaging.AwardEvents.CouncilBallotCompleted;
import vn.thiduaso.notification.messaging.AwardEvents.CouncilSessionOpened;
import vn.thiduaso.notification.messaging.AwardEvents.Member;
import vn.thiduaso.notification.messaging.AwardEvents.NominatorUnit;
import vn.thiduaso.notification.repository.DeadlineRepository;
import vn.thiduaso.notification.repository.DirectoryUnitRepository;
import vn.thiduaso.notification.repository.DirectoryUserRepository;
import vn.thiduaso.platform.db.AdvisoryLocks;
import vn.thiduaso.platform.time.VietnamTime;

/**
 * The award cycle's deadlines, kept with the report deadlines' mechanisms (the deadline row, its
 * announcement, the reminder ladder, the unit's lock): a round's nomination deadline per nominator
 * unit (Hạn nộp hồ sơ đề nghị khen thưởng) and a council member's ballot (Hạn bỏ phiếu).
 */
@ApplicationScoped
public class AwardDeadlineService {

    private final DeadlineRepository deadlines;
    private final DirectoryUserRepository users;
    private final DirectoryUnitRepository units;
    private final AdvisoryLocks locks;
    private final AnnouncementService announcements;
    private final ReminderPlanner planner;
    private final Clock clock;

    public AwardDeadlineService(DeadlineRepository deadlines, DirectoryUserRepository users,
            DirectoryUnitRepository units, AdvisoryLocks locks, AnnouncementService announcements,
            ReminderPlanner planner, Clock clock) {
        this.deadlines = deadlines;
        this.users = users;
        this.units = units;
        this.locks = locks;
        this.announcements = announcements;
        this.planner = planner;
        this.clock = clock;
    }

    /** Nominations are taken to the end of the deadline's day in Vietnam: due at the next day's 00:00. */
    public static Instant nominationDueAt(LocalDate nominationDeadline) {
        return VietnamTime.startOfDay(nominationDeadline.plusDays(1));
    }

    /**
     * AwardRoundOpened / AwardRoundChanged: an OPEN round has one deadline per nominator unit (new
     * units get one, announced; open ones follow a moved deadline with a new ladder; a withdrawn one
     * listed again is open again); a unit no longer listed, or every unit of a CLOSED round, is
     * WITHDRAWN (kept, its reminders cancelled). A repeated event changes nothing.
     */
    @Transactional
    public void round(AwardRound round) {
        Set<String> lockNames = new HashSet<>();
        List<Deadline> existing = deadlines.ofPeriod(round.roundId());
        existing.forEach(d -> lockNames.add(AnnouncementService.unitLockName(d.unitId)));
        round.nominatorUnits().forEach(u -> lockNames.add(AnnouncementService.unitLockName(u.unitId())));
        locks.lockAll(List.copyOf(lockNames));
        Instant now = clock.instant();
        Instant dueAt = nominationDueAt(round.nominationDeadline());
        LocalDate dueDate = VietnamTime.dateOf(dueAt);
        boolean open = "OPEN".equals(round.status());
        Set<UUID> listed = new HashSet<>();
        round.nominatorUnits().forEach(u -> listed.add(u.unitId()));
        int created = 0;
        int moved = 0;
        int withdrawn = 0;
        for (Deadline d : existing) {
            d.title = round.title().strip();
            d.planTitle = d.title;
            if (!open || !listed.contains(d.unitId)) {
                if (d.withdraw(now)) {
                    planner.cancel(d);
                    withdrawn++;
                }
            } else if (d.moveTo(dueAt, dueDate) || d.reinstate(dueAt, dueDate, now)) {
                planner.sync(d);
                moved++;
            }
        }
        if (open) {
            for (NominatorUnit unit : round.nominatorUnits()) {
                if (existing.stream().anyMatch(d -> d.unitId.equals(unit.unitId()))) {
                    continue;
                }
                Deadline d = roundDeadline(round, unit, dueAt, dueDate, now);
                deadlines.persist(d);
                announcements.deadlineCreated(d);
                planner.sync(d);
                created++;
            }
        }
        Log.infof("Award round %s (%s): %d new deadline(s), %d moved or reinstated, %d withdrawn", round.roundId(),
                round.status(), created, moved, withdrawn);
    }

    private static Deadline roundDeadline(AwardRound round, NominatorUnit unit, Instant dueAt, LocalDate dueDate,
            Instant now) {
        Deadline d = new Deadline();
        d.id = UUID.randomUUID();
        d.source = DeadlineSource.AWARD_NOMINATION;
        d.periodId = round.roundId();
        d.title = round.title().strip();
        d.planTitle = d.title;
        d.periodYear = round.year();
        d.periodKind = round.occasion();
        d.unitId = unit.unitId();
        d.unitPath = unit.unitPath();
        d.unitName = unit.unitName().strip();
        d.recipientUnitId = round.communeId();
        d.recipientUnitPath = round.communePath();
        d.recipientUnitName = round.communeName() == null ? null : round.communeName().strip();
        d.dueAt = dueAt;
        d.dueDate = dueDate;
        d.status = DeadlineStatus.OPEN;
        d.createdAt = now;
        return d;
    }

    /**
     * NominationSubmitted: the unit has sent a dossier of the round, so its round deadline is met and
     * what still waits of its ladder is cancelled.
     */
    @Transactional
    public void nominationSubmitted(UUID roundId, UUID unitId, Instant submittedAt) {
        locks.lock(AnnouncementService.unitLockName(unitId));
        Deadline d = deadlines.findByPeriodAndUnit(roundId, unitId).orElse(null);
        if (d == null) {
            Log.infof("NominationSubmitted for round %s, unit %s: no such deadline here", roundId, unitId);
            return;
        }
        if (d.status == DeadlineStatus.OPEN) {
            Instant at = submittedAt != null ? submittedAt : clock.instant();
            d.submitted(null, at, at.isAfter(d.dueAt), null);
            planner.cancel(d);
        }
    }

    /**
     * CouncilSessionOpened: one ballot deadline per member (due when the voting closes), announced
     * to the member and reminded before it closes. A member this service does not know (no
     * UserUpserted yet) is logged and left out.
     */
    @Transactional
    public void sessionOpened(CouncilSessionOpened session) {
        List<DirectoryUser> members = session.members().stream().map(Member::userId).distinct()
                .map(users::findById).filter(u -> u != null && u.unitId != null).toList();
        locks.lockAll(members.stream().map(u -> AnnouncementService.unitLockName(u.unitId)).distinct().sorted().toList());
        Instant now = clock.instant();
        int created = 0;
        for (DirectoryUser member : members) {
            Deadline d = deadlines.findBallot(session.sessionId(), member.id).orElse(null);
            if (d != null) {
                if (d.moveTo(session.votingClosesAt(), VietnamTime.dateOf(session.votingClosesAt()))) {
                    planner.sync(d);
                }
                continue;
            }
            d = new Deadline();
            d.id = UUID.randomUUID();
            d.source = DeadlineSource.COUNCIL_BALLOT;
            d.periodId = session.sessionId();
            d.userId = member.id;
            d.title = session.title().strip();
            d.planTitle = d.title;
            d.unitId = member.unitId;
            d.unitPath = member.unitPath;
            DirectoryUnit unit = units.findById(member.unitId);
            d.unitName = unit != null ? unit.name : member.fullName;
            d.dueAt = session.votingClosesAt();
            d.dueDate = VietnamTime.dateOf(session.votingClosesAt());
            d.status = DeadlineStatus.OPEN;
            d.createdAt = now;
            deadlines.persist(d);
            announcements.deadlineCreated(d);
            planner.sync(d);
            created++;
        }
        if (members.size() < session.members().size()) {
            Log.infof("Council session %s: %d member(s) unknown here, no ballot deadline for them", session.sessionId(),
                    session.members().size() - members.size());
        }
        Log.infof("Council session %s: %d ballot deadline(s), closes %s", session.sessionId(), created,
                session.votingClosesAt());
    }

    /** CouncilBallotCompleted: the member voted (or recused) on every item; their reminders stop. */
    @Transactional
    public void ballotCompleted(CouncilBallotCompleted completed) {
        Deadline d = deadlines.findBallot(completed.sessionId(), completed.userId()).orElse(null);
        if (d == null) {
            Log.infof("CouncilBallotCompleted for session %s: no ballot deadline of that member here",
                    completed.sessionId());
            return;
        }
        locks.lock(AnnouncementService.unitLockName(d.unitId));
        if (d.status == DeadlineStatus.OPEN) {
            d.submitted(null, completed.completedAt() != null ? completed.completedAt() : clock.instant(), false, 0L);
            planner.cancel(d);
        }
    }

    /** CouncilVoteClosed: no ballot of the session can be cast any more; the open ones are withdrawn. */
    @Transactional
    public void sessionClosed(UUID sessionId) {
        List<Deadline> ballots = deadlines.ofPeriod(sessionId);
        locks.lockAll(ballots.stream().map(d -> AnnouncementService.unitLockName(d.unitId)).distinct().sorted().toList());
        Instant now = clock.instant();
        for (Deadline d : ballots) {
            if (d.withdraw(now)) {
                planner.cancel(d);
            }
        }
    }
}
