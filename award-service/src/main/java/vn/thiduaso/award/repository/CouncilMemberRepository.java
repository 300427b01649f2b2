package vn.thiduaso.award.repository;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.award.domain.council.CouncilMember;

/** Members of council sessions. */
@ApplicationScoped
public class CouncilMemberRepository implements PanacheRepositoryBase<CouncilMember, CouncilMember.Key> {

    /** Chair first, then secretary, then members by name. */
    public List<CouncilMember> ofSession(UUID sessionId) {
        return list("sessionId", sessionId).stream()
                .sorted(Comparator.comparing((CouncilMember m) -> m.seat).thenComparing(m -> m.username))
                .toList();
    }

    public Optional<CouncilMember> member(UUID sessionId, UUID userId) {
        return userId == null ? Optional.empty() : findByIdOptional(new CouncilMember.Key(sessionId, userId));
    }

    public long countOfSession(UUID sessionId) {
        return count("sessionId", sessionId);
    }

}
