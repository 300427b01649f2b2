package vn.thiduaso.award.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.award.domain.BoardDecision;

/** The board's answers (one per nomination; the id is the receipt). */
@ApplicationScoped
public class BoardDecisionRepository implements PanacheRepositoryBase<BoardDecision, UUID> {

    public Optional<BoardDecision> ofNomination(UUID nominationId) {
        return find("nominationId", nominationId).firstResultOptional();
    }
}
