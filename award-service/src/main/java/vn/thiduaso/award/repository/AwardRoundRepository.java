package vn.thiduaso.award.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.award.domain.AwardRound;
import vn.thiduaso.award.domain.RoundOccasion;
import vn.thiduaso.award.domain.RoundStatus;
import vn.thiduaso.platform.security.UnitPaths;

/** Award rounds. */
@ApplicationScoped
public class AwardRoundRepository implements PanacheRepositoryBase<AwardRound, UUID> {

    /** Where a unit may nominate: listed, else addressed by the round's plan, else (ad hoc) directly under the commune. */
    private static final String NOMINATOR = "(r.nominator_unit_ids is not null and cast(:unitId as uuid) = any (r.nominator_unit_ids))"
            + " or (r.nominator_unit_ids is null and r.plan_id is not null and exists (select 1 from award_plan_addressee a"
            + " where a.plan_id = r.plan_id and a.unit_id = cast(:unitId as uuid)))"
            + " or (r.nominator_unit_ids is null and r.plan_id is null and exists (select 1 from directory_unit u"
            + " where u.id = cast(:unitId as uuid) and u.parent_id = r.commune_id and u.active))";

    public Optional<AwardRound> ofPlan(UUID planId, RoundOccasion occasion, int year) {
        return find("planId = ?1 and occasion = ?2 and year = ?3", planId, occasion, year).firstResultOptional();
    }

    /**
     * Rounds a caller sees: of communes in {@code scope} (officials), or (with {@code nominatorUnitId})
     * those the unit may nominate in; newest year first, then latest deadline.
     */
    public Paged<AwardRound> visible(String scope, UUID nominatorUnitId, RoundStatus status, Integer year, int page,
            int size) {
        String where = nominatorUnitId != null ? "(" + NOMINATOR + ")"
                : "(r.commune_path = :scope or r.commune_path like :descendants)";
        if (status != null) {
            where += " and r.status = :status";
        }
        if (year != null) {
            where += " and r.year = :year";
        }
        var select = getEntityManager().createNativeQuery("select r.* from award_round r where " + where
                + " order by r.year desc, r.nomination_deadline desc, r.id", AwardRound.class);
        var count = getEntityManager().createNativeQuery("select count(*) from award_round r where " + where);
        for (var q : List.of(select, count)) {
            if (nominatorUnitId != null) {
                q.setParameter("unitId", nominatorUnitId.toString());
            } else {
                q.setParameter("scope", scope).setParameter("descendants", UnitPaths.descendantsPattern(scope));
            }
            if (status != null) {
                q.setParameter("status", status.name());
            }
            if (year != null) {
                q.setParameter("year", year);
            }
        }
        @SuppressWarnings("unchecked")
        List<AwardRound> items = select.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Paged<>(items, ((Number) count.getSingleResult()).longValue());
    }
}
