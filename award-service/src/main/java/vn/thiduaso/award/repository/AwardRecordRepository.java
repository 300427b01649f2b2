package vn.thiduaso.award.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.thiduaso.award.domain.AwardRecord;
import vn.thiduaso.award.domain.NomineeKind;
import vn.thiduaso.platform.security.UnitPaths;

/** The award history. */
@ApplicationScoped
public class AwardRecordRepository implements PanacheRepositoryBase<AwardRecord, UUID> {

    /** What tra cứu filters by; null fields do not filter. */
    public record Search(String q, NomineeKind nomineeKind, UUID unitId, String formCode, String movement, Integer year,
            boolean includeAnnulled) {
    }

    /**
     * Records whose unit lies in {@code scope}, filtered; {@code q} and {@code movement} are accent- and
     * case-insensitive substrings of the nominee name and the movement title. Newest decision first.
     */
    public Paged<AwardRecord> search(String scope, Search s, int page, int size) {
        StringBuilder where = new StringBuilder("(r.unit_path = :scope or r.unit_path like :descendants)");
        if (!s.includeAnnulled()) {
            where.append(" and r.annulled_at is null");
        }
        if (s.q() != null && !s.q().isBlank()) {
            where.append(" and lower(unaccent(r.nominee_name)) like lower(unaccent(:q))");
        }
        if (s.nomineeKind() != null) {
            where.append(" and r.nominee_kind = :kind");
        }
        if (s.unitId() != null) {
            where.append(" and r.unit_id = :unitId");
        }
        if (s.formCode() != null && !s.formCode().isBlank()) {
            where.append(" and r.form_code = :formCode");
        }
        if (s.movement() != null && !s.movement().isBlank()) {
            where.append(" and lower(unaccent(coalesce(r.movement_title, ''))) like lower(unaccent(:movement))");
        }
        if (s.year() != null) {
            where.append(" and r.year = :year");
        }
        var select = getEntityManager().createNativeQuery("select r.* from award_record r where " + where
                + " order by r.decision_date desc, r.nominee_name, r.id", AwardRecord.class);
        var count = getEntityManager().createNativeQuery("select count(*) from award_record r where " + where);
        for (var query : List.of(select, count)) {
            query.setParameter("scope", scope).setParameter("descendants", UnitPaths.descendantsPattern(scope));
            if (s.q() != null && !s.q().isBlank()) {
                query.setParameter("q", "%" + like(s.q().strip()) + "%");
            }
            if (s.nomineeKind() != null) {
                query.setParameter("kind", s.nomineeKind().name());
            }
            if (s.unitId() != null) {
                query.setParameter("unitId", s.unitId());
            }
            if (s.formCode() != null && !s.formCode().isBlank()) {
                query.setParameter("formCode", s.formCode().strip());
            }
            if (s.movement() != null && !s.movement().isBlank()) {
                query.setParameter("movement", "%" + like(s.movement().strip()) + "%");
            }
            if (s.year() != null) {
                query.setParameter("year", s.year());
            }
        }
        @SuppressWarnings("unchecked")
        List<AwardRecord> items = select.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Paged<>(items, ((Number) count.getSingleResult()).longValue());
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
