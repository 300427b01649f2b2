package vn.thiduaso.award.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.award.domain.AwardRound;

/** Award rounds. */
@ApplicationScoped
public class AwardRoundRepository implements PanacheRepositoryBase<AwardRound, UUID> {
}
