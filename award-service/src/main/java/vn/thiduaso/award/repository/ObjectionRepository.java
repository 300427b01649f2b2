package vn.thiduaso.award.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.award.domain.Objection;
import vn.thiduaso.award.domain.ObjectionStatus;

/** Citizens' objections to postings. */
@ApplicationScoped
public class ObjectionRepository implements PanacheRepositoryBase<Objection, UUID> {

    public List<Objection> ofPosting(UUID postingId) {
        return list("postingId", Sort.by("receivedAt").and("id"), postingId);
    }

    /**
     * The open objections that concern any of the nominations: sent against one of them, or against a
     * whole posting that lists one of them.
     */
    public List<Objection> openConcerning(Collection<UUID> nominationIds) {
        if (nominationIds.isEmpty()) {
            return List.of();
        }
        return list("status = :open and (nominationId in :ids or (nominationId is null and postingId in"
                + " (select p.id from PublicPosting p join p.nominationIds n where n in :ids)))",
                Parameters.with("open", ObjectionStatus.OPEN).and("ids", nominationIds));
    }

    /** How many objections one client address (its hash) sent since {@code since}, and the oldest of them. */
    public long countFrom(String clientHash, Instant since) {
        return count("clientHash = ?1 and receivedAt > ?2", clientHash, since);
    }

    public Optional<Instant> oldestFrom(String clientHash, Instant since) {
        return getEntityManager().createQuery("select min(o.receivedAt) from Objection o where o.clientHash = ?1"
                + " and o.receivedAt > ?2", Instant.class).setParameter(1, clientHash).setParameter(2, since)
                .getResultStream().filter(java.util.Objects::nonNull).findFirst();
    }
}
