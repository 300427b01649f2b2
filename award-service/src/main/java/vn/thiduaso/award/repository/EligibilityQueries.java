package vn.thiduaso.award.repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vn.thiduaso.award.domain.AwardRecord;
import vn.thiduaso.award.domain.AwardRule;
import vn.thiduaso.award.domain.AwardRuleSet;
import vn.thiduaso.award.domain.EmulationRegistration;

/**
 * What the eligibility checks read besides the dossier: the rule set in force, the nominee's award
 * history, the unit's emulation registration and its cluster rank. Kept in one class of the
 * nominations' use case so that the shared repositories stay as their owners grow them.
 */
@ApplicationScoped
public class EligibilityQueries {

    private final EntityManager em;

    public EligibilityQueries(EntityManager em) {
        this.em = em;
    }


    /** The nominee's latest non-annulled award of a form of rank ≥ {@code rank} (the same or a lower form). */
    public Optional<AwardRecord> lastAwardAtOrBelow(String nomineeKey, int rank) {
        return em.createQuery("from AwardRecord r where r.nomineeKey = :k and r.formRank >= :rank"
                + " and r.annulledAt is null order by r.decisionDate desc, r.year desc", AwardRecord.class)
                .setParameter("k", nomineeKey).setParameter("rank", rank).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Years in which the nominee got each form (non-annulled awards). */
    public Map<String, Set<Integer>> awardYears(String nomineeKey) {
        Map<String, Set<Integer>> years = new HashMap<>();
        em.createQuery("select r.formCode, r.year from AwardRecord r where r.nomineeKey = :k and r.annulledAt is null",
                Object[].class).setParameter("k", nomineeKey).getResultList()
                .forEach(row -> years.computeIfAbsent((String) row[0], c -> new HashSet<>()).add((Integer) row[1]));
        return years;
    }

    /** Non-annulled awards of the same nominee, form and year. */
    public List<AwardRecord> awardsOfFormAndYear(String nomineeKey, String formCode, int year) {
        return em.createQuery("from AwardRecord r where r.nomineeKey = :k and r.formCode = :f and r.year = :y"
                + " and r.annulledAt is null", AwardRecord.class)
                .setParameter("k", nomineeKey).setParameter("f", formCode).setParameter("y", year).getResultList();
    }

    public Optional<EmulationRegistration> registration(UUID unitId, int year) {
        return em.createQuery("from EmulationRegistration e where e.unitId = :u and e.year = :y",
                EmulationRegistration.class).setParameter("u", unitId).setParameter("y", year)
                .getResultStream().findFirst();
    }

    /** The unit's best rank in the year-end scores of the clusters of that year it belongs to. */
    public Optional<Integer> clusterRank(UUID unitId, int year) {
        // JPQL, not native SQL: a native query would flush the dossier being checked (and bump its version).
        Integer rank = em.createQuery("select min(s.rank) from ClusterScore s, AwardCluster c"
                + " where c.id = s.clusterId and s.unitId = :u and c.year = :y", Integer.class)
                .setParameter("u", unitId).setParameter("y", year).getSingleResult();
        return Optional.ofNullable(rank);
    }
}
