package vn.thiduaso.notification.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.thiduaso.notification.config.NotificationConfig;
import vn.thiduaso.notification.domain.CalendarFeed;
import vn.thiduaso.notification.domain.Deadline;
import vn.thiduaso.notification.domain.DeadlineState;
import vn.thiduaso.notification.domain.DeadlineStatus;
import vn.thiduaso.notification.domain.DirectoryUser;
import vn.thiduaso.notification.repository.CalendarFeedRepository;
import vn.thiduaso.notification.repository.DeadlineRepository;
import vn.thiduaso.notification.repository.DirectoryUserRepository;
import vn.thiduaso.notification.service.AccessPolicy.Action;
import vn.thiduaso.notification.service.AccessPolicy.Target;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.time.VietnamTime;

/**
 * Lịch iCalendar: each user's secret feed URL and the feed itself — one all-day event per deadline
 * of the owner's scope on the last day to submit (a deadline "trước ngày 05/12" is on 04/12), with
 * an alarm at 08:00 the day before while it is open. Google Calendar and Outlook subscribe to it.
 */
@ApplicationScoped
public class CalendarFeedService {

    static final int MAX_EVENTS = 2000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarFeedRepository feeds;
    private final DeadlineRepository deadlines;
    private final DirectoryUserRepository users;
    private final Notifier notifier;
    private final AccessPolicy policy;
    private final NotificationConfig config;
    private final Clock clock;

    public CalendarFeedService(CalendarFeedRepository feeds, DeadlineRepository deadlines, DirectoryUserRepository users,
            Notifier notifier, AccessPolicy policy, NotificationConfig config, Clock clock) {
        this.feeds = feeds;
        this.deadlines = deadlines;
        this.users = users;
        this.notifier = notifier;
        this.policy = policy;
        this.config = config;
        this.clock = clock;
    }

    /** The caller's feed URL, created on first use; the feed's scope follows the caller's current token. */
    @Transactional
    public String url(CallerScope caller) {
        policy.require(caller, Action.MANAGE_OWN_CALENDAR_FEED, Target.NONE);
        CalendarFeed feed = feeds.findById(caller.userId());
        if (feed == null) {
            feed = new CalendarFeed();
            feed.userId = caller.userId();
            feed.token = newToken();
            feed.scopePath = caller.scopePath();
            feed.createdAt = clock.instant();
            feeds.persist(feed);
        } else {
            feed.scopePath = caller.scopePath();
        }
        return link(feed);
    }

    /** A new secret: the old URL answers 404 from now on. */
    @Transactional
    public String regenerate(CallerScope caller) {
        policy.require(caller, Action.MANAGE_OWN_CALENDAR_FEED, Target.NONE);
        CalendarFeed feed = feeds.findById(caller.userId());
        if (feed == null) {
            return url(caller);
        }
        feed.token = newToken();
        feed.scopePath = caller.scopePath();
        feed.createdAt = clock.instant();
        return link(feed);
    }

    /** The feed of a token; an unknown token, or one of a deactivated user, is 404. */
    @Transactional
    public String ics(String token) {
        CalendarFeed feed = token == null ? null : feeds.byToken(token).orElse(null);
        if (feed == null) {
            throw new NotFoundException("Không có lịch với địa chỉ này / no such calendar");
        }
        DirectoryUser owner = users.findById(feed.userId);
        if (owner != null && !owner.active) {
            throw new NotFoundException("Không có lịch với địa chỉ này / no such calendar");
        }
        return render(deadlines.forCalendar(feed.scopePath, MAX_EVENTS), clock.instant());
    }

    String render(List<Deadline> list, Instant now) {
        IcsWriter ics = new IcsWriter()
                .line("BEGIN:VCALENDAR")
                .raw("VERSION", "2.0")
                .text("PRODID", "-//Thi đua Số//Hạn báo cáo//VI")
                .raw("CALSCALE", "GREGORIAN")
                .raw("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", "Hạn báo cáo — Thi đua Số")
                .raw("X-WR-TIMEZONE", VietnamTime.ZONE.getId());
        String stamp = STAMP.format(now);
        for (Deadline d : list) {
            String link = notifier.unitLink(d);
            DeadlineState state = DeadlineState.of(d.status, d.dueAt, now, config.dueSoonDays());
            String prefix = switch (d.status) {
                case SUBMITTED -> "[Đã nộp] ";
                case ACCEPTED -> "[Đã tiếp nhận] ";
                default -> state == DeadlineState.OVERDUE ? "[Quá hạn] " : "";
            };
            String description = "Kế hoạch: " + d.planTitle + (d.planNumber != null ? " (số " + d.planNumber + ")" : "")
                    + "\nĐơn vị: " + d.unitName
                    + (d.recipientUnitName != null ? "\nGửi về: " + d.recipientUnitName : "")
                    + "\nThời hạn: trước ngày " + VietnamTime.date(d.dueAt)
                    + " (ngày cuối " + VietnamTime.DATE.format(d.lastDay()) + ")"
                    + (d.extended ? " — đã gia hạn" : "")
                    + "\n" + link;
            ics.line("BEGIN:VEVENT")
                    .raw("UID", d.id + "@thiduaso")
                    .raw("DTSTAMP", stamp)
                    .raw("DTSTART;VALUE=DATE", DATE.format(d.lastDay()))
                    .raw("DTEND;VALUE=DATE", DATE.format(d.lastDay().plusDays(1)))
                    .raw("SEQUENCE", String.valueOf(d.cycle))
                    .text("SUMMARY", prefix + "Hạn nộp báo cáo: " + d.title + " — " + d.unitName)
                    .text("DESCRIPTION", description)
                    .raw("URL", link)
                    .raw("STATUS", "CONFIRMED")
                    .raw("TRANSP", "TRANSPARENT");
            if (d.status == DeadlineStatus.OPEN && state != DeadlineState.OVERDUE) {
                ics.line("BEGIN:VALARM")
                        .raw("ACTION", "DISPLAY")
                        .text("DESCRIPTION", "Nhắc hạn: " + d.title + " — trước ngày " + VietnamTime.date(d.dueAt))
                        // 08:00 of the day before the last day
                        .raw("TRIGGER", "-PT16H")
                        .line("END:VALARM");
            }
            ics.line("END:VEVENT");
        }
        return ics.line("END:VCALENDAR").toString();
    }

    private String link(CalendarFeed feed) {
        return config.appUrl() + "/api/v1/calendar/" + feed.token + ".ics";
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
