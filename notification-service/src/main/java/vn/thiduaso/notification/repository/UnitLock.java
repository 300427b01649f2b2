package vn.thiduaso.notification.repository;

import java.util.Collection;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Serialises, per unit, the two paths that decide who is mailed about which deadline: a new deadline
 * (reports topic) looks for the unit's users, a new or changed user (directory topic) looks for the
 * unit's deadlines. Without the lock both could run at once, each miss the other's uncommitted row,
 * and the mail would never be written. A transaction-scoped PostgreSQL advisory lock: released at
 * commit or rollback, and held across instances of the service.
 */
@ApplicationScoped
public class UnitLock {

    private final EntityManager em;

    public UnitLock(EntityManager em) {
        this.em = em;
    }

    @Transactional(TxType.MANDATORY)
    public void lock(UUID unitId) {
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(:key)")
                .setParameter("key", unitId.getMostSignificantBits() ^ unitId.getLeastSignificantBits())
                .getSingleResult();
    }

    /** Locks several units in a fixed order, so two transactions never wait on each other in a cycle. */
    @Transactional(TxType.MANDATORY)
    public void lockAll(Collection<UUID> unitIds) {
        unitIds.stream().distinct().sorted().forEach(this::lock);
    }
}
