package vn.thiduaso.award.repository;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.award.domain.AwardRuleSet;

/** Versions of the award rules. */
@ApplicationScoped
public class AwardRuleSetRepository implements PanacheRepositoryBase<AwardRuleSet, UUID> {

    /** Newest first. */
    public PanacheQuery<AwardRuleSet> newestFirst() {
        return findAll(Sort.descending("effectiveFrom"));
    }

    /** The version in force on a date: the latest that took effect on or before it. */
    public Optional<AwardRuleSet> inForceOn(LocalDate date) {
        return find("effectiveFrom <= ?1", Sort.descending("effectiveFrom"), date).firstResultOptional();
    }

    public Optional<AwardRuleSet> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public Optional<AwardRuleSet> byEffectiveFrom(LocalDate date) {
        return find("effectiveFrom", date).firstResultOptional();
    }
}
