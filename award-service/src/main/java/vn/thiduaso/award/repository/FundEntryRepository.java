package vn.thiduaso.award.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.award.domain.FundEntry;

/** The reward fund's ledger lines, and the commitments it reads from the award history. */
@ApplicationScoped
public class FundEntryRepository implements PanacheRepositoryBase<FundEntry, UUID> {

    public List<FundEntry> ledger(UUID communeId, int year) {
        return list("communeId = ?1 and year = ?2", Sort.ascending("createdAt", "id"), communeId, year);
    }

    /** Cash of the decided, not annulled awards of a commune and year (what the fund owes). */
    public long committed(UUID communeId, int year) {
        Number n = (Number) getEntityManager().createNativeQuery("select coalesce(sum(cash_amount_vnd), 0) from award_record"
                + " where commune_id = ?1 and year = ?2 and annulled_at is null")
                .setParameter(1, communeId).setParameter(2, year).getSingleResult();
        return n.longValue();
    }
}
