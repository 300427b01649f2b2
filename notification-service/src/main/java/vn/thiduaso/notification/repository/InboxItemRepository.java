package vn.thiduaso.notification.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.notification.domain.InboxItem;

@ApplicationScoped
public class InboxItemRepository implements PanacheRepositoryBase<InboxItem, UUID> {

    public boolean exists(UUID userId, UUID sourceId) {
        return count("userId = ?1 and sourceId = ?2", userId, sourceId) > 0;
    }

    /** The user's items, newest first; optionally only the unread ones. */
    public PanacheQuery<InboxItem> ofUser(UUID userId, boolean unreadOnly) {
        Sort newestFirst = Sort.descending("createdAt").and("id");
        return unreadOnly ? find("userId = ?1 and readAt is null", newestFirst, userId)
                : find("userId = ?1", newestFirst, userId);
    }

    public long unread(UUID userId) {
        return count("userId = ?1 and readAt is null", userId);
    }

    public int markAllRead(UUID userId, Instant at) {
        return update("readAt = ?1 where userId = ?2 and readAt is null", at, userId);
    }

    /** Users with items waiting for a digest created up to {@code until} who had no digest on {@code today} yet. */
    @SuppressWarnings("unchecked")
    public List<UUID> usersWithPendingDigest(Instant until, java.time.LocalDate today, int limit) {
        return getEntityManager().createNativeQuery("""
                select distinct i.user_id from inbox_item i
                where i.digest_pending and i.created_at <= :until
                  and not exists (select 1 from digest_run d where d.user_id = i.user_id and d.digest_date = :today)
                limit :n""")
                .setParameter("until", until)
                .setParameter("today", today)
                .setParameter("n", limit)
                .getResultList();
    }

    public List<InboxItem> pendingDigest(UUID userId, Instant until) {
        return list("userId = ?1 and digestPending = true and createdAt <= ?2", Sort.by("createdAt").and("id"), userId,
                until);
    }
}
