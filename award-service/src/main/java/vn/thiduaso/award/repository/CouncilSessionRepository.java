package vn.thiduaso.award.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.award.domain.council.CouncilSession;
import vn.thiduaso.award.domain.council.SessionStatus;
import vn.thiduaso.platform.security.UnitPaths;

/** Council sessions (phiên họp Hội đồng Thi đua - Khen thưởng). */
@ApplicationScoped
public class CouncilSessionRepository implements PanacheRepositoryBase<CouncilSession, UUID> {

    /**
     * Sessions of communes in {@code scope}, newest first; with {@code memberId} only those the user
     * sits on (a council member sees the sessions they are a member of).
     */
    public PanacheQuery<CouncilSession> visible(String scope, UUID memberId, UUID roundId, SessionStatus status) {
        StringBuilder where = new StringBuilder("(s.communePath = :scope or s.communePath like :descendants)");
        Parameters params = Parameters.with("scope", scope).and("descendants", UnitPaths.descendantsPattern(scope));
        if (memberId != null) {
            where.append(" and exists (select 1 from CouncilMember m where m.sessionId = s.id and m.userId = :member)");
            params.and("member", memberId);
        }
        if (roundId != null) {
            where.append(" and s.roundId = :round");
            params.and("round", roundId);
        }
        if (status != null) {
            where.append(" and s.status = :status");
            params.and("status", status);
        }
        return find("from CouncilSession s where " + where,
                Sort.descending("createdAt").and("id", Sort.Direction.Ascending), params);
    }
}
