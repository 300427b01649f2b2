package vn.thiduaso.notification.service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import vn.thiduaso.notification.config.NotificationConfig;
import vn.thiduaso.notification.domain.Deadline;
import vn.thiduaso.notification.domain.DeadlineState;
import vn.thiduaso.notification.domain.Delivery;
import vn.thiduaso.notification.domain.DirectoryUnit;
import vn.thiduaso.notification.domain.DirectoryUser;
import vn.thiduaso.notification.domain.EmailKind;
import vn.thiduaso.notification.domain.EmailMessage;
import vn.thiduaso.notification.domain.EmailStatus;
import vn.thiduaso.notification.domain.InboxItem;
import vn.thiduaso.notification.domain.Language;
import vn.thiduaso.notification.domain.NotificationPreference;
import vn.thiduaso.notification.repository.EmailMessageRepository;
import vn.thiduaso.notification.repository.InboxItemRepository;
import vn.thiduaso.notification.repository.NotificationPreferenceRepository;
import vn.thiduaso.notification.service.DeadlineMails.RenderedMail;
import vn.thiduaso.platform.time.VietnamTime;

/**
 * The one way a notification reaches a person: an inbox item for a user, and by e-mail as the
 * user chose — a mail now (EACH), a line in the next daily digest (DIGEST), or none (OFF: the
 * delivery log records it as skipped). A unit's own mailbox (escalations) gets the mail only. Both
 * are written in the caller's transaction, once per recipient and source (unique keys).
 */
@ApplicationScoped
public class Notifier {

    private final NotificationPreferenceRepository preferences;
    private final EmailMessageRepository emails;
    private final InboxItemRepository inbox;
    private final NotificationMails mails;
    private final NotificationConfig config;
    private final Event<MailQueued> queued;
    private final Clock clock;

    public Notifier(NotificationPreferenceRepository preferences, EmailMessageRepository emails, InboxItemRepository inbox,
            NotificationMails mails, NotificationConfig config, Event<MailQueued> queued, Clock clock) {
        this.preferences = preferences;
        this.emails = emails;
        this.inbox = inbox;
        this.mails = mails;
        this.config = config;
        this.queued = queued;
        this.clock = clock;
    }

    /** The template variables every deadline mail shares, for the deadline as it stands now. */
    public Map<String, Object> deadlineData(Deadline d, String link) {
        return deadlineData(d, link, clock.instant());
    }

    /** The same, as seen at {@code now} (days left / overdue). */
    public Map<String, Object> deadlineData(Deadline d, String link, Instant now) {
        Map<String, Object> data = new HashMap<>();
        data.put("planTitle", d.planTitle);
        data.put("planNumber", d.planNumber);
        data.put("title", d.title);
        data.put("unitName", d.unitName);
        data.put("recipientUnitName", d.recipientUnitName == null ? "" : d.recipientUnitName);
        data.put("dueDate", VietnamTime.date(d.dueAt));
        data.put("dueTime", VietnamTime.time(d.dueAt));
        data.put("lastDay", VietnamTime.DATE.format(d.lastDay()));
        data.put("daysLeft", DeadlineState.daysLeft(d.dueAt, now));
        data.put("daysOverdue", Math.max(0, DeadlineState.daysOverdue(d.dueAt, now)));
        data.put("link", link);
        data.put("manual", false);
        data.put("requestedBy", "");
        data.put("reopened", false);
        data.put("reason", d.lastReason == null ? "" : d.lastReason);
        data.put("today", VietnamTime.date(now));
        data.put("count", 0);
        data.put("source", d.source.name());
        AwardMailData.defaults(data);
        return data;
    }

    /** Where a unit's user acts on the deadline: the requirement's form in the SPA. */
    public String unitLink(Deadline d) {
        if (d.source == vn.thiduaso.notification.domain.DeadlineSource.AWARD_NOMINATION) {
            return roundLink(d.periodId);
        }
        if (d.source == vn.thiduaso.notification.domain.DeadlineSource.COUNCIL_BALLOT) {
            return sessionLink(d.periodId);
        }
        return d.requirementId != null ? config.appUrl() + "/reports/requirements/" + d.requirementId
                : config.appUrl() + "/reports";
    }

    /** Where a unit nominates in an award round (the SPA's round page). */
    public String roundLink(UUID roundId) {
        return roundId == null ? config.appUrl() + "/awards" : config.appUrl() + "/awards/nominations/new?roundId=" + roundId;
    }

    /** Where a council member votes (the SPA's session page). */
    public String sessionLink(UUID sessionId) {
        return config.appUrl() + "/awards/council/" + sessionId;
    }

    /** Where a nomination's dossier is followed (the SPA's nomination page). */
    public String nominationLink(UUID nominationId) {
        return nominationId == null ? config.appUrl() + "/awards" : config.appUrl() + "/awards/nominations/" + nominationId;
    }

    /** Where the commune office follows the unit: its review queue. */
    public String officeLink() {
        return config.appUrl() + "/reports/review";
    }

    public String inboxLink() {
        return config.appUrl() + "/inbox";
    }

    /** Whether this source already reached the user (their inbox has it). */
    public boolean alreadyNotified(UUID userId, UUID sourceId) {
        return inbox.exists(userId, sourceId);
    }

    /**
     * Notifies one user; false when this source had already reached them (a repeated call changes
     * nothing).
     */
    @Transactional(TxType.MANDATORY)
    public boolean toUser(DirectoryUser user, EmailKind kind, UUID deadlineId, Map<String, Object> data, UUID sourceId) {
        if (inbox.exists(user.id, sourceId)) {
            return false;
        }
        NotificationPreference preference = preferences.findOrDefaults(user.id);
        Map<String, Object> values = new HashMap<>(data);
        values.put("fullName", user.fullName);
        NotificationMails.Rendered rendered = mails.render(kind, preference.language, values);
        deliver(user, kind, deadlineId, rendered.mail(), rendered.inboxTitle(), rendered.inboxBody(),
                (String) data.get("link"), sourceId, preference);
        return true;
    }

    /** Writes the inbox item and the mail (as the user's delivery choice says) of a rendered notification. */
    @Transactional(TxType.MANDATORY)
    public void deliver(DirectoryUser user, EmailKind kind, UUID deadlineId, RenderedMail mail, String inboxTitle,
            String inboxBody, String link, UUID sourceId, NotificationPreference preference) {
        Instant now = clock.instant();
        InboxItem item = new InboxItem();
        item.id = UUID.randomUUID();
        item.userId = user.id;
        item.kind = kind;
        item.title = cut(inboxTitle, 500);
        item.body = cut(inboxBody, 2000);
        item.link = link == null ? null : cut(link, 1000);
        item.deadlineId = deadlineId;
        item.sourceId = sourceId;
        item.createdAt = now;
        boolean hasAddress = user.email != null && !user.email.isBlank() && user.unitPath != null;
        item.digestPending = hasAddress && preference.delivery == Delivery.DIGEST && kind != EmailKind.DIGEST;
        inbox.persist(item);
        if (!hasAddress || item.digestPending) {
            return;
        }
        boolean send = preference.delivery != Delivery.OFF;
        queue(kind, deadlineId, user.id, user.unitPath, user.email, preference.language, mail,
                kind == EmailKind.DEADLINE_ANNOUNCEMENT ? null : sourceId,
                send ? null : AnnouncementService.SKIPPED_BY_USER);
    }

    /** Mails a unit's own mailbox (its head): no inbox, Vietnamese first. */
    @Transactional(TxType.MANDATORY)
    public boolean toMailbox(DirectoryUnit unit, EmailKind kind, UUID deadlineId, Map<String, Object> data, UUID sourceId) {
        if (!unit.mailable() || emails.count("sourceId = ?1 and recipientUserId = ?2", sourceId, unit.id) > 0) {
            return false;
        }
        Map<String, Object> values = new HashMap<>(data);
        values.put("fullName", unit.headName != null && !unit.headName.isBlank() ? unit.headName + " (" + unit.name + ")"
                : unit.name);
        RenderedMail mail = mails.render(kind, Language.VI, values).mail();
        queue(kind, deadlineId, unit.id, unit.path, unit.email.trim(), Language.VI, mail, sourceId, null);
        return true;
    }

    /** Writes one mail row: PENDING (and wakes the sender after commit), or SKIPPED with the reason. */
    @Transactional(TxType.MANDATORY)
    public EmailMessage queue(EmailKind kind, UUID deadlineId, UUID recipientId, String recipientUnitPath, String address,
            Language language, RenderedMail mail, UUID sourceId, String skippedBecause) {
        Instant now = clock.instant();
        EmailMessage message = new EmailMessage();
        message.id = UUID.randomUUID();
        message.kind = kind;
        message.deadlineId = deadlineId;
        message.sourceId = sourceId;
        message.recipientUserId = recipientId;
        message.recipientUnitPath = recipientUnitPath;
        message.recipientAddress = address;
        message.language = language;
        message.subject = cut(mail.subject(), 500);
        message.bodyText = mail.text();
        message.bodyHtml = mail.html();
        message.status = skippedBecause == null ? EmailStatus.PENDING : EmailStatus.SKIPPED;
        message.lastError = skippedBecause;
        message.attempts = 0;
        message.nextAttemptAt = now;
        message.createdAt = now;
        emails.persist(message);
        if (message.status == EmailStatus.PENDING) {
            queued.fire(new MailQueued(message.id));
        }
        return message;
    }

    private static String cut(String s, int max) {
        return s == null ? "" : s.length() > max ? s.substring(0, max) : s;
    }
}
