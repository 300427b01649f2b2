package vn.thiduaso.plan.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Gap-free plan numbers per issuing unit and calendar year: the counter row is locked
 * ({@code for update}) in the issuing transaction, so concurrent issues queue on it and a rolled
 * back issue gives its number back.
 */
@ApplicationScoped
public class PlanNumberCounters {

    private final EntityManager em;

    public PlanNumberCounters(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int next(UUID issuingUnitId, int year) {
        em.createNativeQuery("insert into plan_number_counter (issuing_unit_id, year, last_number) values (?1, ?2, 0)"
                + " on conflict (issuing_unit_id, year) do nothing")
                .setParameter(1, issuingUnitId).setParameter(2, year).executeUpdate();
        Number last = (Number) em.createNativeQuery("select last_number from plan_number_counter"
                + " where issuing_unit_id = ?1 and year = ?2 for update")
                .setParameter(1, issuingUnitId).setParameter(2, year).getSingleResult();
        int next = last.intValue() + 1;
        em.createNativeQuery("update plan_number_counter set last_number = ?3 where issuing_unit_id = ?1 and year = ?2")
                .setParameter(1, issuingUnitId).setParameter(2, year).setParameter(3, next).executeUpdate();
        return next;
    }
}
