package vn.thiduaso.award.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.award.domain.AwardForm;

@ApplicationScoped
public class AwardFormRepository implements PanacheRepositoryBase<AwardForm, UUID> {

    private static final Sort BY_RANK = Sort.by("rank").and("name").and("code");

    public Optional<AwardForm> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The catalogue highest form first; only active forms when {@code active} is true, only inactive when false. */
    public PanacheQuery<AwardForm> byRank(Boolean active) {
        return active == null ? findAll(BY_RANK) : find("active", BY_RANK, active);
    }

    /** The rank that puts a new form after every existing one. */
    public int nextRank() {
        Integer max = getEntityManager().createQuery("select max(f.rank) from AwardForm f", Integer.class)
                .getSingleResult();
        return max == null ? 10 : max + 10;
    }
}
