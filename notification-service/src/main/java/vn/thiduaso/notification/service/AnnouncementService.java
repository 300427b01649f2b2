package vn.thiduaso.notification.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import vn.thiduaso.notification.config.NotificationConfig;
import vn.thiduaso.notification.domain.Deadline;
import vn.thiduaso.notification.domain.DirectoryUser;
import vn.thiduaso.notification.domain.EmailKind;
import vn.thiduaso.notification.domain.EmailMessage;
import vn.thiduaso.notification.domain.NotificationPreference;
import vn.thiduaso.notification.repository.DeadlineRepository;
import vn.thiduaso.notification.repository.DirectoryUserRepository;
import vn.thiduaso.notification.repository.EmailMessageRepository;
import vn.thiduaso.notification.repository.NotificationPreferenceRepository;
import vn.thiduaso.notification.service.DeadlineMails.RenderedMail;
import vn.thiduaso.platform.db.AdvisoryLocks;

/**
 * Decides who gets the announcement of a deadline (Thông báo hạn báo cáo) and writes those mails to
 * the mail outbox. Called from both directions (a new deadline, a new or changed user), under the
 * unit's lock, so whatever order the events arrive in, each active unit user with an address gets
 * exactly one row per deadline.
 */
@ApplicationScoped
public class AnnouncementService {

    static final String SKIPPED_BY_USER = "Người dùng đã tắt nhận thư điện tử / e-mail turned off by the user";
    static final String SKIPPED_UNMAILABLE = "Người dùng không còn hoạt động hoặc không có địa chỉ thư / user inactive or without an address";
    static final String SKIPPED_MOVED = "Người dùng đã chuyển sang đơn vị khác / user moved to another unit";

    private final DeadlineRepository deadlines;
    private final DirectoryUserRepository users;
    private final EmailMessageRepository emails;
    private final NotificationPreferenceRepository preferences;
    private final AdvisoryLocks locks;
    private final DeadlineMails mails;
    private final NotificationMails texts;
    private final Notifier notifier;
    private final NotificationConfig config;
    private final Clock clock;

    public AnnouncementService(DeadlineRepository deadlines, DirectoryUserRepository users,
            EmailMessageRepository emails, NotificationPreferenceRepository preferences, AdvisoryLocks locks,
            DeadlineMails mails, NotificationMails texts, Notifier notifier, NotificationConfig config, Clock clock) {
        this.deadlines = deadlines;
        this.users = users;
        this.emails = emails;
        this.preferences = preferences;
        this.locks = locks;
        this.mails = mails;
        this.texts = texts;
        this.notifier = notifier;
        this.config = config;
        this.clock = clock;
    }

    /** A deadline was just recorded (the caller holds its unit's lock): announce it to the unit's users. */
    @Transactional(TxType.MANDATORY)
    public void deadlineCreated(Deadline deadline) {
        Instant now = clock.instant();
        if (!announceable(deadline.dueAt, now)) {
            return;
        }
        for (DirectoryUser user : users.mailableInUnit(deadline.unitId)) {
            if (deadline.userId != null && !deadline.userId.equals(user.id)) {
                continue; // a ballot deadline is the member's alone
            }
            if (!emails.exists(deadline.id, user.id, EmailKind.DEADLINE_ANNOUNCEMENT)) {
                queue(deadline, user, now);
            }
        }
    }

    /**
     * A user arrived or changed: fix their pending mails (new address, deactivated, moved) and
     * announce their unit's open deadlines they have not been mailed about.
     */
    @Transactional(TxType.MANDATORY)
    public void userChanged(DirectoryUser user) {
        for (EmailMessage pending : emails.pendingFor(user.id)) {
            if (!user.mailable()) {
                pending.skip(SKIPPED_UNMAILABLE);
            } else if (!pending.recipientUnitPath.equals(user.unitPath)) {
                pending.skip(SKIPPED_MOVED);
            } else {
                pending.recipientAddress = user.email;
            }
        }
        if (!user.mailable()) {
            return;
        }
        locks.lock(unitLockName(user.unitId));
        Instant now = clock.instant();
        for (Deadline deadline : deadlines.notYetMailed(user.unitId, user.id, EmailKind.DEADLINE_ANNOUNCEMENT, now,
                now.plus(config.announceWithin()))) {
            queue(deadline, user, now);
        }
    }

    /** The user turned e-mail off: what is still waiting is not sent. */
    @Transactional(TxType.MANDATORY)
    public void emailTurnedOff(UUID userId) {
        emails.pendingFor(userId).forEach(m -> m.skip(SKIPPED_BY_USER));
    }

    /** Only future deadlines within the announcement window; the rest belong to reminders and overdue handling. */
    boolean announceable(Instant dueAt, Instant now) {
        return dueAt.isAfter(now) && !dueAt.isAfter(now.plus(config.announceWithin()));
    }

    /** The announcement as mail (per the user's delivery choice) and as an inbox item. */
    private void queue(Deadline deadline, DirectoryUser user, Instant now) {
        if (notifier.alreadyNotified(user.id, deadline.id)) {
            return;
        }
        if (deadline.source != vn.thiduaso.notification.domain.DeadlineSource.REPORT) {
            // a round's or a ballot's deadline: the award templates (its inbox item names the deadline as source)
            notifier.toUser(user, EmailKind.DEADLINE_ANNOUNCEMENT, deadline.id,
                    notifier.deadlineData(deadline, notifier.unitLink(deadline)), deadline.id);
            return;
        }
        NotificationPreference preference = preferences.findOrDefaults(user.id);
        RenderedMail mail = mails.announcement(deadline, user, preference.language);
        java.util.Map<String, Object> data = notifier.deadlineData(deadline, notifier.unitLink(deadline));
        String body = texts.inbox(EmailKind.DEADLINE_ANNOUNCEMENT, preference.language, data);
        notifier.deliver(user, EmailKind.DEADLINE_ANNOUNCEMENT, deadline.id, mail, mail.subject(), body,
                notifier.unitLink(deadline), deadline.id, preference);
    }

    /**
     * The lock that serialises, per unit, the two paths deciding who is mailed about which deadline: a
     * new deadline looks for the unit's users, a new or changed user for the unit's deadlines. Without
     * it both could run at once, each miss the other's uncommitted row, and the mail would never be written.
     */
    static String unitLockName(java.util.UUID unitId) {
        return "notification-service:unit:" + unitId;
    }
}
