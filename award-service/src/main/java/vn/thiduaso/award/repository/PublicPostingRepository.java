package vn.thiduaso.award.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.award.domain.PublicPosting;
import vn.thiduaso.platform.security.UnitPaths;

/** Public postings (công khai). */
@ApplicationScoped
public class PublicPostingRepository implements PanacheRepositoryBase<PublicPosting, UUID> {

    private static final Sort NEWEST = Sort.by("postedAt", Sort.Direction.Descending).and("id");

    /** The postings of communes in the caller's subtree, newest first; {@code roundId} narrows to one round. */
    public PanacheQuery<PublicPosting> inScope(String scopePath, UUID roundId) {
        String where = "(communePath = :scope or communePath like :descendants)"
                + (roundId != null ? " and roundId = :round" : "");
        Parameters p = Parameters.with("scope", scopePath).and("descendants", UnitPaths.descendantsPattern(scopePath));
        if (roundId != null) {
            p.and("round", roundId);
        }
        return find(where, NEWEST, p);
    }

    /** Every posting of a commune (public page), or of every commune when {@code communeId} is null. */
    public PanacheQuery<PublicPosting> ofCommune(UUID communeId) {
        return communeId == null ? findAll(NEWEST) : find("communeId", NEWEST, communeId);
    }

    /** The postings a nomination was put on (one in practice). */
    public List<PublicPosting> withNomination(UUID nominationId) {
        return find("select p from PublicPosting p where :n member of p.nominationIds", Parameters.with("n", nominationId))
                .list();
    }
}
