package vn.thiduaso.award.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.award.domain.AwardRuleSet;

/** Rule set versions. */
@ApplicationScoped
public class AwardRuleSetRepository implements PanacheRepositoryBase<AwardRuleSet, UUID> {
}
