package vn.thiduaso.plan.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.thiduaso.plan.domain.AwardFormCode;
import vn.thiduaso.plan.repository.AwardFormCodeRepository;

/** plan-service's copy of the award-form catalogue; its one writer is the AwardFormUpserted consumer. */
@ApplicationScoped
public class AwardFormCatalogue {

    private final AwardFormCodeRepository codes;

    public AwardFormCatalogue(AwardFormCodeRepository codes) {
        this.codes = codes;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void upsert(String code, String name, String level, boolean active, Instant at) {
        AwardFormCode row = codes.findById(code);
        boolean added = row == null;
        if (added) {
            row = new AwardFormCode();
            row.code = code;
        }
        row.name = name;
        row.level = level;
        row.active = active;
        row.updatedAt = at;
        if (added) {
            codes.persist(row);
        }
    }
}
