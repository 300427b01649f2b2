package vn.thiduaso.award.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.award.domain.council.CouncilAgendaItem;

/** The agenda of council sessions. */
@ApplicationScoped
public class CouncilAgendaItemRepository implements PanacheRepositoryBase<CouncilAgendaItem, CouncilAgendaItem.Key> {

    public List<CouncilAgendaItem> ofSession(UUID sessionId) {
        return list("sessionId = ?1 order by position", sessionId);
    }
}
