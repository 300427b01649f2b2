package vn.thiduaso.plan.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.thiduaso.platform.db.YearlyNumbers;

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
        return YearlyNumbers.next(em, "plan_number_counter", "issuing_unit_id", issuingUnitId, year);
    }
}
