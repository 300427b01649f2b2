package vn.thiduaso.award.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.award.domain.council.CouncilVote;

/** Ballots of council sessions (one per member and nomination: the primary key). */
@ApplicationScoped
public class CouncilVoteRepository implements PanacheRepositoryBase<CouncilVote, CouncilVote.Key> {

    public List<CouncilVote> ofSession(UUID sessionId) {
        return list("sessionId", sessionId);
    }
}
