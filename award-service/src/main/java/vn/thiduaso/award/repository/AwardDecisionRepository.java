package vn.thiduaso.award.repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.award.domain.AwardDecision;
import vn.thiduaso.platform.security.UnitPaths;

/** Commune award decisions. */
@ApplicationScoped
public class AwardDecisionRepository implements PanacheRepositoryBase<AwardDecision, UUID> {

    /** Decisions of communes in the subtree, newest draft first; filters by round and year when given. */
    public PanacheQuery<AwardDecision> inScope(String scopePath, UUID roundId, Integer year) {
        StringBuilder where = new StringBuilder("(communePath = :scope or communePath like :descendants)");
        Parameters p = Parameters.with("scope", scopePath).and("descendants", UnitPaths.descendantsPattern(scopePath));
        if (roundId != null) {
            where.append(" and roundId = :round");
            p.and("round", roundId);
        }
        if (year != null) {
            where.append(" and year = :year");
            p.and("year", year);
        }
        return find(where.toString(), Sort.by("draftedAt", Sort.Direction.Descending).and("id"), p);
    }

    /** Other decisions (draft or signed) that already list one of the nominations. */
    public List<Object[]> listingAny(Collection<UUID> nominationIds, UUID except) {
        if (nominationIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select n, d.id from AwardDecision d join d.nominationIds n"
                + " where n in :ids and d.id <> :except", Object[].class)
                .setParameter("ids", nominationIds).setParameter("except", except == null ? new UUID(0, 0) : except)
                .getResultList();
    }
}
