package vn.thiduaso.award.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.award.domain.AwardRule;

/** The rules of each form under each rule set. */
@ApplicationScoped
public class AwardRuleRepository implements PanacheRepositoryBase<AwardRule, UUID> {

    public List<AwardRule> ofRuleSets(Collection<UUID> ruleSetIds) {
        return ruleSetIds.isEmpty() ? List.of() : list("ruleSetId in ?1", ruleSetIds);
    }

    public Optional<AwardRule> ofForm(UUID ruleSetId, String formCode) {
        return find("ruleSetId = ?1 and formCode = ?2", ruleSetId, formCode).firstResultOptional();
    }
}
