package vn.thiduaso.award.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.thiduaso.platform.db.YearlyNumbers;

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
        return YearlyNumbers.next(em, "decision_number_counter", "commune_id", communeId, year);
    }
}
