package vn.thiduaso.notification.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.notification.domain.EmailKind;
import vn.thiduaso.notification.domain.EmailMessage;
import vn.thiduaso.notification.domain.EmailStatus;
import vn.thiduaso.platform.security.UnitPaths;

@ApplicationScoped
public class EmailMessageRepository implements PanacheRepositoryBase<EmailMessage, UUID> {

    public boolean exists(UUID deadlineId, UUID userId, EmailKind kind) {
        return count("deadlineId = ?1 and recipientUserId = ?2 and kind = ?3", deadlineId, userId, kind) > 0;
    }

    /**
     * Locks the next pending mail that is due, skipping rows another sender holds, so that two
     * instances never send the same mail at once. The lock lasts until the caller's transaction ends.
     */
    @SuppressWarnings("unchecked")
    public Optional<EmailMessage> claimNextDue(Instant now) {
        List<EmailMessage> rows = getEntityManager().createNativeQuery("""
                select * from email_message
                where status = 'PENDING' and next_attempt_at <= :now
                order by next_attempt_at, created_at
                limit 1
                for update skip locked""", EmailMessage.class)
                .setParameter("now", now)
                .getResultList();
        return rows.stream().findFirst();
    }

    public List<EmailMessage> pendingFor(UUID userId) {
        return list("recipientUserId = ?1 and status = ?2", userId, EmailStatus.PENDING);
    }

    /** Mails to users whose unit lies at or below {@code scope}, newest first. */
    public PanacheQuery<EmailMessage> inScope(String scope) {
        return find("recipientUnitPath = :scope or recipientUnitPath like :descendants", newestFirst(),
                Parameters.with("scope", scope).and("descendants", UnitPaths.descendantsPattern(scope)));
    }

    /** Mails to one user, newest first. */
    public PanacheQuery<EmailMessage> toUser(UUID userId) {
        return find("recipientUserId", newestFirst(), userId);
    }

    private static Sort newestFirst() {
        return Sort.descending("createdAt").and("id");
    }

    /** A unit moved: mails to its users are scoped by the new path. */
    public int moveRecipientUnit(UUID unitId, String path) {
        return update("recipientUnitPath = ?2 where recipientUserId in (select u.id from DirectoryUser u where u.unitId = ?1)",
                unitId, path);
    }
}
