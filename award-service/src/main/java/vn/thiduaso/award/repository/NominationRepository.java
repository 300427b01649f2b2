package vn.thiduaso.award.repository;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.award.domain.Nomination;
import vn.thiduaso.award.domain.NominationStatus;
import vn.thiduaso.platform.security.UnitPaths;

/** Dossiers; queries are added by the use cases that need them. */
@ApplicationScoped
public class NominationRepository implements PanacheRepositoryBase<Nomination, UUID> {

    /** The statuses the board sees: once a dossier was forwarded (or decided / refused / annulled after it). */
    public static final EnumSet<NominationStatus> BOARD_VISIBLE = EnumSet.of(NominationStatus.FORWARDED,
            NominationStatus.DECIDED, NominationStatus.REFUSED, NominationStatus.ANNULLED);

    /** The filters of the nomination list. */
    public record Filter(UUID roundId, NominationStatus status, UUID unitId, String formCode, String q) {
    }

    /**
     * Dossiers a caller may list: nominated by a unit in {@code scope}, or of a round of a commune in it;
     * {@code boardOnly} keeps only the statuses the board sees. {@code q} searches the nominee's name
     * accent-insensitively.
     */
    public PanacheQuery<Nomination> visible(String scope, boolean boardOnly, Filter f) {
        StringBuilder where = new StringBuilder(
                "(n.nominatingUnitPath = :scope or n.nominatingUnitPath like :descendants"
                        + " or n.communePath = :scope or n.communePath like :descendants)");
        Parameters params = Parameters.with("scope", scope).and("descendants", UnitPaths.descendantsPattern(scope));
        if (boardOnly) {
            where.append(" and n.status in :boardStatuses");
            params.and("boardStatuses", BOARD_VISIBLE);
        }
        if (f.roundId() != null) {
            where.append(" and n.roundId = :roundId");
            params.and("roundId", f.roundId());
        }
        if (f.status() != null) {
            where.append(" and n.status = :status");
            params.and("status", f.status());
        }
        if (f.unitId() != null) {
            where.append(" and n.nominatingUnitId = :unitId");
            params.and("unitId", f.unitId());
        }
        if (f.formCode() != null && !f.formCode().isBlank()) {
            where.append(" and n.formCode = :formCode");
            params.and("formCode", f.formCode());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and lower(function('unaccent', n.nomineeName)) like lower(function('unaccent', :q))");
            params.and("q", "%" + f.q().trim() + "%");
        }
        return find("from Nomination n where " + where, Sort.descending("createdAt").and("id"), params);
    }

    /** A live dossier of the same nominee for the same form in the same round (other than {@code except}). */
    public List<Nomination> liveInRound(UUID roundId, String formCode, String nomineeKey, UUID except) {
        return find("roundId = ?1 and formCode = ?2 and nomineeKey = ?3 and id <> ?4 and status not in ?5", roundId,
                formCode, nomineeKey, except == null ? new UUID(0, 0) : except, NOT_LIVE)
                .withHint(NO_AUTO_FLUSH, "COMMIT").list();
    }

    /**
     * The duplicate checks run while the dossier being saved is dirty: flushing it there would bump its
     * version once for the check and once more for the eligibility written after it.
     */
    private static final String NO_AUTO_FLUSH = "org.hibernate.flushMode";

    private static final EnumSet<NominationStatus> NOT_LIVE = EnumSet.of(NominationStatus.WITHDRAWN,
            NominationStatus.RECALLED, NominationStatus.REJECTED, NominationStatus.REFUSED, NominationStatus.ANNULLED);

    /**
     * The double-award detector across rounds and units: live dossiers of the same nominee and form in
     * any round of the same year (the dossier itself excluded).
     */
    public List<Nomination> liveSameFormAndYear(String nomineeKey, String formCode, int year, UUID except) {
        return find("select n from Nomination n, AwardRound r where r.id = n.roundId and n.nomineeKey = ?1"
                + " and n.formCode = ?2 and r.year = ?3 and n.id <> ?4 and n.status not in ?5",
                nomineeKey, formCode, year, except == null ? new UUID(0, 0) : except, NOT_LIVE)
                .withHint(NO_AUTO_FLUSH, "COMMIT").list();
    }
}
