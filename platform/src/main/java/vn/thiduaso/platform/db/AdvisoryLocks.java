package vn.thiduaso.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * PostgreSQL transaction-level advisory locks: serialise check-then-insert work on one name (a plan,
 * an idempotency key, a unit) across threads and service instances until the transaction ends.
 */
@ApplicationScoped
public class AdvisoryLocks {

    private final EntityManager em;

    public AdvisoryLocks(EntityManager em) {
        this.em = em;
    }

    @Transactional(TxType.MANDATORY)
    public void lock(String name) {
        // A set-returning call in FROM is always evaluated; the lock is released at commit or rollback.
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(:name, 0))")
                .setParameter("name", name)
                .getSingleResult();
    }

    /** Locks several names in a fixed order, so two transactions never wait on each other in a cycle. */
    @Transactional(TxType.MANDATORY)
    public void lockAll(java.util.Collection<String> names) {
        names.stream().distinct().sorted().forEach(this::lock);
    }
}
