package vn.thiduaso.notification.service;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import vn.thiduaso.notification.domain.InboxItem;
import vn.thiduaso.notification.repository.InboxItemRepository;
import vn.thiduaso.notification.service.AccessPolicy.Action;
import vn.thiduaso.notification.service.AccessPolicy.Target;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.security.CallerScope;

/** Hộp thư trong ứng dụng: the caller's own notifications only (another user's item is "not found"). */
@ApplicationScoped
public class InboxService {

    private final InboxItemRepository items;
    private final AccessPolicy policy;
    private final Clock clock;

    public InboxService(InboxItemRepository items, AccessPolicy policy, Clock clock) {
        this.items = items;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional
    public PageResponse<InboxItem> list(CallerScope caller, boolean unreadOnly, int page, int size) {
        policy.require(caller, Action.USE_OWN_INBOX, Target.NONE);
        PanacheQuery<InboxItem> query = items.ofUser(caller.userId(), unreadOnly).page(Page.of(page, size));
        return new PageResponse<>(query.list(), page, size, query.count());
    }

    @Transactional
    public long unreadCount(CallerScope caller) {
        policy.require(caller, Action.USE_OWN_INBOX, Target.NONE);
        return items.unread(caller.userId());
    }

    /** Marks one of the caller's items read (again: no change); someone else's item is 404, never revealed. */
    @Transactional
    public InboxItem markRead(CallerScope caller, UUID id) {
        policy.require(caller, Action.USE_OWN_INBOX, Target.NONE);
        InboxItem item = items.findById(id);
        if (item == null || !item.userId.equals(caller.userId())) {
            throw new NotFoundException("Không tìm thấy thông báo này / no such notification");
        }
        if (item.readAt == null) {
            item.readAt = clock.instant();
        }
        return item;
    }

    @Transactional
    public int markAllRead(CallerScope caller) {
        policy.require(caller, Action.USE_OWN_INBOX, Target.NONE);
        return items.markAllRead(caller.userId(), clock.instant());
    }
}
