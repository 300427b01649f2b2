package vn.thiduaso.award.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.award.domain.AwardRule;

/** The rules of each form under each rule set. */
@ApplicationScoped
public class AwardRuleRepository implements PanacheRepositoryBase<AwardRule, UUID> {
}
