package vn.thiduaso.award.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Gap-free decision numbers per commune and calendar year (as plan-service numbers plans): the
 * counter row is locked ({@code for update}) in the signing transaction, so concurrent signatures
 * queue on it and a rolled back signature gives its number back.
 */
@ApplicationScoped
public class DecisionNumberCounters {

    private final EntityManager em;

    public DecisionNumberCounters(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int next(UUID communeId, int year) {
        em.createNativeQuery("insert into decision_number_counter (commune_id, year, last_number) values (?1, ?2, 0)"
                + " on conflict (commune_id, year) do nothing")
                .setParameter(1, communeId).setParameter(2, year).executeUpdate();
        Number last = (Number) em.createNativeQuery("select last_number from decision_number_counter"
                + " where commune_id = ?1 and year = ?2 for update")
                .setParameter(1, communeId).setParameter(2, year).getSingleResult();
        int next = last.intValue() + 1;
        em.createNativeQuery("update decision_number_counter set last_number = ?3 where commune_id = ?1 and year = ?2")
                .setParameter(1, communeId).setParameter(2, year).setParameter(3, next).executeUpdate();
        return next;
    }
}
