package vn.thiduaso.plan.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vn.thiduaso.plan.domain.AccountLock;
import vn.thiduaso.plan.domain.RefreshToken;
import vn.thiduaso.platform.security.UnitPaths;

/** Sign-in failures, account locks and refresh tokens. */
@ApplicationScoped
public class AccountSecurityRepository {

    private final EntityManager em;

    public AccountSecurityRepository(EntityManager em) {
        this.em = em;
    }

    public void recordFailure(UUID userId, Instant at) {
        em.createNativeQuery("insert into login_failure (user_id, at) values (?1, ?2)")
                .setParameter(1, userId).setParameter(2, at).executeUpdate();
    }

    /** Failures since {@code since}. */
    public long failuresSince(UUID userId, Instant since) {
        return ((Number) em.createNativeQuery("select count(*) from login_failure where user_id = ?1 and at > ?2")
                .setParameter(1, userId).setParameter(2, since).getSingleResult()).longValue();
    }

    public void persist(AccountLock lock) {
        em.persist(lock);
    }

    /** The newest lock of the user, whatever its state. */
    public Optional<AccountLock> latestLock(UUID userId) {
        return em.createQuery("from AccountLock where userId = :u order by lockedAt desc", AccountLock.class)
                .setParameter("u", userId).setMaxResults(1).getResultStream().findFirst();
    }

    /** Locks of users whose unit lies in {@code scope}, newest first. */
    public List<AccountLock> locksInScope(String scope, int limit) {
        return em.createQuery("from AccountLock l where l.userId in (select a.id from UserAccount a where a.unitId in"
                + " (select u.id from Unit u where u.path = :scope or u.path like :descendants)) order by l.lockedAt desc",
                AccountLock.class)
                .setParameter("scope", scope).setParameter("descendants", UnitPaths.descendantsPattern(scope))
                .setMaxResults(limit).getResultList();
    }

    public void persist(RefreshToken token) {
        em.persist(token);
    }

    public Optional<RefreshToken> refreshTokenByHash(String hash) {
        return em.createQuery("from RefreshToken where tokenHash = :h", RefreshToken.class)
                .setParameter("h", hash).getResultStream().findFirst();
    }

    /** The token row locked until the end of the transaction: two refreshes racing with one token are serialised. */
    public Optional<RefreshToken> refreshTokenForUpdate(String hash) {
        return em.createQuery("from RefreshToken where tokenHash = :h", RefreshToken.class)
                .setParameter("h", hash).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public int revokeFamily(UUID familyId, Instant at, String reason) {
        return em.createQuery("update RefreshToken set revokedAt = :at, revokedReason = :reason"
                + " where familyId = :f and revokedAt is null")
                .setParameter("at", at).setParameter("reason", reason).setParameter("f", familyId).executeUpdate();
    }

    public int revokeAllOf(UUID userId, Instant at, String reason) {
        return em.createQuery("update RefreshToken set revokedAt = :at, revokedReason = :reason"
                + " where userId = :u and revokedAt is null")
                .setParameter("at", at).setParameter("reason", reason).setParameter("u", userId).executeUpdate();
    }
}
