package vn.thiduaso.award.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.award.domain.AwardCluster;
import vn.thiduaso.platform.security.UnitPaths;

/** The cluster read model, its covenant (giao ước thi đua) and its members' scores. */
@ApplicationScoped
public class AwardClusterRepository implements PanacheRepositoryBase<AwardCluster, UUID> {

    /** A signed covenant of a cluster. */
    public record Covenant(String text, Instant signedAt, String signedBy) {
    }

    /**
     * Clusters of communes in {@code scope}, or (with {@code memberUnitId}) only those that unit belongs
     * to; newest year first, then by name. Returns one page and the total.
     */
    public Paged<AwardCluster> visible(String scope, UUID memberUnitId, Integer year, int page, int size) {
        String where = memberUnitId != null ? "cast(:member as uuid) = any (c.member_unit_ids)"
                : "(c.commune_path = :scope or c.commune_path like :descendants)";
        if (year != null) {
            where += " and c.year = :year";
        }
        var select = getEntityManager().createNativeQuery("select c.* from award_cluster c where " + where
                + " order by c.year desc, c.name, c.id", AwardCluster.class);
        var count = getEntityManager().createNativeQuery("select count(*) from award_cluster c where " + where);
        for (var q : List.of(select, count)) {
            if (memberUnitId != null) {
                q.setParameter("member", memberUnitId.toString());
            } else {
                q.setParameter("scope", scope).setParameter("descendants", UnitPaths.descendantsPattern(scope));
            }
            if (year != null) {
                q.setParameter("year", year);
            }
        }
        @SuppressWarnings("unchecked")
        List<AwardCluster> items = select.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Paged<>(items, ((Number) count.getSingleResult()).longValue());
    }

    public Optional<Covenant> covenant(UUID clusterId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select text, signed_at, signed_by from cluster_covenant where cluster_id = :id")
                .setParameter("id", clusterId).getResultList();
        return rows.stream().findFirst().map(r -> new Covenant((String) r[0], toInstant(r[1]), (String) r[2]));
    }

    public void saveCovenant(UUID clusterId, String text, Instant signedAt, String signedBy) {
        getEntityManager().createNativeQuery("insert into cluster_covenant (cluster_id, text, signed_at, signed_by)"
                + " values (:id, :text, :at, :by) on conflict (cluster_id) do update"
                + " set text = excluded.text, signed_at = excluded.signed_at, signed_by = excluded.signed_by")
                .setParameter("id", clusterId).setParameter("text", text).setParameter("at", signedAt)
                .setParameter("by", signedBy).executeUpdate();
    }

    /** Removes the scores of units that are no longer members. */
    public int dropScoresOutside(UUID clusterId, List<UUID> members) {
        return getEntityManager().createNativeQuery("delete from cluster_score where cluster_id = :id"
                + " and not (unit_id = any (cast(:members as uuid[])))")
                .setParameter("id", clusterId)
                .setParameter("members", members.stream().map(UUID::toString)
                        .reduce((a, b) -> a + "," + b).map(s -> "{" + s + "}").orElse("{}"))
                .executeUpdate();
    }

    static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return null;
    }
}
