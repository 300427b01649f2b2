package vn.thiduaso.award.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.award.domain.council.CouncilRecusal;

/** Declared conflicts of interest in council sessions. */
@ApplicationScoped
public class CouncilRecusalRepository implements PanacheRepositoryBase<CouncilRecusal, CouncilRecusal.Key> {

    public List<CouncilRecusal> ofSession(UUID sessionId) {
        return list("sessionId = ?1 order by declaredAt", sessionId);
    }
}
