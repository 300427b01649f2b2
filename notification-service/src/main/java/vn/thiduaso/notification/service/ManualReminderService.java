package vn.thiduaso.notification.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import vn.thiduaso.notification.domain.Deadline;
import vn.thiduaso.notification.domain.DeadlineStatus;
import vn.thiduaso.notification.domain.DirectoryUser;
import vn.thiduaso.notification.domain.EmailKind;
import vn.thiduaso.notification.domain.ManualReminder;
import vn.thiduaso.notification.repository.DeadlineRepository;
import vn.thiduaso.notification.repository.DirectoryUserRepository;
import vn.thiduaso.notification.repository.ManualReminderRepository;
import vn.thiduaso.notification.service.AccessPolicy.Action;
import vn.thiduaso.notification.service.AccessPolicy.Target;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.problem.Problem;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.time.VietnamTime;

/**
 * Nhắc nhở: the commune office's "one click to remind" the units that have not sent their report
 * of a period. Each unit's users get a mail (as their delivery choice says) and an inbox item now;
 * a unit is reminded of one deadline at most once per Vietnamese day (a second click that day
 * changes nothing and says so).
 */
@ApplicationScoped
public class ManualReminderService {

    public enum Outcome {
        /** The unit's users were reminded now. */
        REMINDED,
        /** Someone already reminded the unit of this deadline today. */
        ALREADY_REMINDED_TODAY,
        /** The report was sent or accepted (or the unit no longer reports): nothing to remind. */
        NOT_OPEN,
        /** Recorded, but the unit has no active user to remind. */
        NO_RECIPIENTS
    }

    public record Result(Deadline deadline, Outcome outcome, int recipients) {
    }

    private final DeadlineRepository deadlines;
    private final DirectoryUserRepository users;
    private final ManualReminderRepository manual;
    private final Notifier notifier;
    private final AccessPolicy policy;
    private final Clock clock;

    public ManualReminderService(DeadlineRepository deadlines, DirectoryUserRepository users,
            ManualReminderRepository manual, Notifier notifier, AccessPolicy policy, Clock clock) {
        this.deadlines = deadlines;
        this.users = users;
        this.manual = manual;
        this.notifier = notifier;
        this.policy = policy;
        this.clock = clock;
    }

    /** Checks every unit first (unknown → 400 naming it; a period outside the scope → 404): nothing is sent unless all are fine. */
    @Transactional
    public List<Result> remind(CallerScope caller, UUID periodId, List<UUID> unitIds) {
        policy.require(caller, Action.REMIND_UNITS, Target.NONE);
        // a period of units outside the caller's scope answers like an unknown one
        List<Deadline> ofPeriod = deadlines.ofPeriod(periodId).stream().filter(d -> caller.covers(d.unitPath)).toList();
        if (ofPeriod.isEmpty()) {
            throw new NotFoundException("Không tìm thấy kỳ báo cáo này / unknown reporting period");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Deadline> chosen = new ArrayList<>();
        java.util.Set<UUID> seen = new java.util.HashSet<>();
        for (int i = 0; i < unitIds.size(); i++) {
            UUID unitId = unitIds.get(i);
            Deadline d = ofPeriod.stream().filter(x -> x.unitId.equals(unitId)).findFirst().orElse(null);
            if (d == null) {
                errors.add(new Problem.FieldError("unitIds[" + i + "]", "Đơn vị này không phải báo cáo trong kỳ"));
            } else if (seen.add(unitId)) {
                chosen.add(d);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        for (Deadline d : chosen) {
            policy.require(caller, Action.REMIND_UNITS, new Target(d.unitPath));
        }
        Instant now = clock.instant();
        LocalDate today = VietnamTime.dateOf(now);
        List<Result> results = new ArrayList<>();
        for (Deadline d : chosen) {
            if (d.status != DeadlineStatus.OPEN) {
                results.add(new Result(d, Outcome.NOT_OPEN, 0));
                continue;
            }
            UUID id = UUID.randomUUID();
            if (!manual.recordIfFirstToday(id, d.id, today, caller.username() == null ? "?" : caller.username(), now)) {
                results.add(new Result(d, Outcome.ALREADY_REMINDED_TODAY, 0));
                continue;
            }
            Map<String, Object> data = notifier.deadlineData(d, notifier.unitLink(d));
            data.put("manual", true);
            data.put("requestedBy", d.recipientUnitName != null ? d.recipientUnitName : caller.username());
            int told = 0;
            for (DirectoryUser user : users.activeInUnit(d.unitId)) {
                if (notifier.toUser(user, EmailKind.MANUAL_REMINDER, d.id, data, id)) {
                    told++;
                }
            }
            ManualReminder row = manual.findById(id);
            row.recipients = told;
            results.add(new Result(d, told == 0 ? Outcome.NO_RECIPIENTS : Outcome.REMINDED, told));
        }
        Log.infof("Manual reminder of period %s by %s: %d unit(s)", periodId, caller.username(), results.size());
        return results;
    }
}
