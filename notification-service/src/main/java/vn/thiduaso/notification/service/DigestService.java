package vn.thiduaso.notification.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import vn.thiduaso.notification.config.NotificationConfig;
import vn.thiduaso.notification.domain.DirectoryUser;
import vn.thiduaso.notification.domain.EmailKind;
import vn.thiduaso.notification.domain.InboxItem;
import vn.thiduaso.notification.domain.NotificationPreference;
import vn.thiduaso.notification.repository.DirectoryUserRepository;
import vn.thiduaso.notification.repository.InboxItemRepository;
import vn.thiduaso.notification.repository.NotificationPreferenceRepository;
import vn.thiduaso.platform.time.VietnamTime;

/**
 * Thư tổng hợp: once a day, from the reminder time on (08:00, right after that morning's
 * reminders), each user who chose DIGEST gets one mail listing the notifications their inbox
 * received since their last digest, up to the end of the morning's collection window
 * ({@code digest-collect}, 1 h: so the 08:00 reminders are in it); later ones wait for the next day. The row (user, day) in {@code digest_run} is taken first, so
 * two instances never both send a user's digest of a day.
 */
@ApplicationScoped
public class DigestService {

    private final InboxItemRepository inbox;
    private final DirectoryUserRepository users;
    private final NotificationPreferenceRepository preferences;
    private final NotificationMails mails;
    private final Notifier notifier;
    private final NotificationConfig config;
    private final EntityManager em;
    private final Clock clock;

    public DigestService(InboxItemRepository inbox, DirectoryUserRepository users,
            NotificationPreferenceRepository preferences, NotificationMails mails, Notifier notifier,
            NotificationConfig config, EntityManager em, Clock clock) {
        this.inbox = inbox;
        this.users = users;
        this.preferences = preferences;
        this.mails = mails;
        this.notifier = notifier;
        this.config = config;
        this.em = em;
        this.clock = clock;
    }

    /** Sends the due digests of up to {@code limit} users; returns how many users were looked at. */
    @Transactional
    public int sendDue(int limit) {
        return sendDue(clock.instant(), limit);
    }

    /** The same, for an explicit "now". */
    @Transactional
    public int sendDue(Instant now, int limit) {
        LocalDate today = VietnamTime.dateOf(now);
        Instant sendAt = today.atTime(config.reminders().sendAt()).atZone(VietnamTime.ZONE).toInstant();
        if (now.isBefore(sendAt)) {
            return 0;
        }
        // The day's digest lists what arrived up to the end of the morning's collection window (the
        // 08:00 reminders included); what comes later waits for tomorrow's.
        Instant cutoff = sendAt.plus(config.reminders().digestCollect());
        Instant until = now.isBefore(cutoff) ? now : cutoff;
        List<UUID> waiting = inbox.usersWithPendingDigest(until, today, limit);
        int sent = 0;
        for (UUID userId : waiting) {
            if (send(userId, today, until, now)) {
                sent++;
            }
        }
        if (sent > 0) {
            Log.infof("Digests: %d sent for %s", sent, today);
        }
        return waiting.size();
    }

    private boolean send(UUID userId, LocalDate today, Instant until, Instant now) {
        List<InboxItem> items = inbox.pendingDigest(userId, until);
        DirectoryUser user = users.findById(userId);
        if (items.isEmpty() || user == null || !user.mailable()) {
            items.forEach(i -> i.digestPending = false);
            return false;
        }
        int taken = em.createNativeQuery("""
                insert into digest_run (user_id, digest_date, items, created_at) values (:user, :day, :items, :at)
                on conflict (user_id, digest_date) do nothing""")
                .setParameter("user", userId).setParameter("day", today).setParameter("items", items.size())
                .setParameter("at", now).executeUpdate();
        if (taken == 0) {
            // today's digest went out already: these wait for tomorrow's
            return false;
        }
        NotificationPreference preference = preferences.findOrDefaults(userId);
        Map<String, Object> data = new HashMap<>();
        data.put("fullName", user.fullName);
        data.put("today", VietnamTime.DATE.format(today));
        data.put("count", items.size());
        data.put("inboxLink", notifier.inboxLink());
        data.put("items", items.stream().map(i -> new DigestLine(i.title, i.body, i.link == null ? notifier.inboxLink() : i.link)).toList());
        data.put("title", "");
        data.put("unitName", "");
        data.put("dueDate", "");
        data.put("daysLeft", 0L);
        data.put("daysOverdue", 0L);
        data.put("reopened", false);
        UUID digestId = UUID.nameUUIDFromBytes(("digest:" + userId + ":" + today).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        NotificationMails.Rendered rendered = mails.render(EmailKind.DIGEST, preference.language, data);
        notifier.queue(EmailKind.DIGEST, null, userId, user.unitPath, user.email, preference.language, rendered.mail(),
                digestId, null);
        items.forEach(i -> i.digestPending = false);
        return true;
    }
}
