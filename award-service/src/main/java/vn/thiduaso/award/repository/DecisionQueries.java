package vn.thiduaso.award.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vn.thiduaso.award.domain.AwardRecord;
import vn.thiduaso.award.domain.AwardRule;
import vn.thiduaso.award.domain.AwardRuleSet;
import vn.thiduaso.award.domain.DirectoryUnit;
import vn.thiduaso.award.domain.Nomination;
import vn.thiduaso.award.domain.NominationStatus;

/**
 * The reads posting and decisions need from tables other use cases own: the rule in force (until the
 * rules' {@code RuleSetService} is merged; same method names), the base salary on a date, the passed
 * nominations of a round, units by code, the honours board and the public communes.
 */
@ApplicationScoped
public class DecisionQueries {

    private final EntityManager em;

    public DecisionQueries(EntityManager em) {
        this.em = em;
    }



    public List<Nomination> ofRoundInStatus(UUID roundId, NominationStatus status) {
        return em.createQuery("from Nomination n where n.roundId = :r and n.status = :s order by n.createdAt, n.id",
                Nomination.class).setParameter("r", roundId).setParameter("s", status).getResultList();
    }

    public Optional<DirectoryUnit> unitByCode(String code) {
        return em.createQuery("from DirectoryUnit u where u.code = :c", DirectoryUnit.class).setParameter("c", code)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Bảng vinh danh: decided awards of a commune that came through the cycle (a commune decision or
     * the board's), not annulled; imported history is not published.
     */
    public List<AwardRecord> honours(UUID communeId, Integer year, int page, int size) {
        var q = em.createQuery("from AwardRecord r where " + honoursWhere(year)
                + " order by r.year desc, r.decisionDate desc, r.formRank, r.nomineeName, r.id", AwardRecord.class);
        q.setParameter("c", communeId).setParameter("imported", AwardRecord.Source.IMPORTED);
        if (year != null) {
            q.setParameter("year", year);
        }
        return q.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long countHonours(UUID communeId, Integer year) {
        var q = em.createQuery("select count(r) from AwardRecord r where " + honoursWhere(year), Long.class);
        q.setParameter("c", communeId).setParameter("imported", AwardRecord.Source.IMPORTED);
        if (year != null) {
            q.setParameter("year", year);
        }
        return q.getSingleResult();
    }

    private static String honoursWhere(Integer year) {
        return "r.communeId = :c and r.annulledAt is null and r.source <> :imported" + (year != null ? " and r.year = :year" : "");
    }

    /** A commune with something public: a posting or a published award. */
    public record PublicCommune(UUID id, String code, String name, String path) {
    }

    @SuppressWarnings("unchecked")
    public List<PublicCommune> publicCommunes() {
        List<Object[]> rows = em.createNativeQuery("""
                select c.commune_id, u.code, coalesce(u.name, c.commune_name), coalesce(u.path, c.commune_path)
                from (select commune_id, max(commune_name) commune_name, max(commune_path) commune_path
                      from (select commune_id, commune_name, commune_path from public_posting
                            union all
                            select commune_id, null, commune_path from award_record
                            where commune_id is not null and annulled_at is null and source <> 'IMPORTED') s
                      group by commune_id) c
                left join directory_unit u on u.id = c.commune_id
                order by 3, 1
                """).getResultList();
        return rows.stream().map(r -> new PublicCommune((UUID) r[0], (String) r[1], (String) r[2], (String) r[3]))
                .toList();
    }
}
