package vn.thiduaso.award.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.award.domain.CertificateLayout;

/** Certificate layouts, one per commune and form. */
@ApplicationScoped
public class CertificateLayoutRepository implements PanacheRepositoryBase<CertificateLayout, UUID> {

    public Optional<CertificateLayout> of(UUID communeId, String formCode) {
        return find("communeId = ?1 and formCode = ?2", communeId, formCode).firstResultOptional();
    }

    public List<CertificateLayout> inScope(String scopePath) {
        String like = scopePath.endsWith("/") ? scopePath + "%" : scopePath + "/%";
        return list("communePath = ?1 or communePath like ?2", Sort.ascending("communePath", "formCode"), scopePath, like);
    }

    /** The signer printed on a certificate: the commune decision's signer, else the board's deciding body. */
    public Optional<String[]> signerOf(UUID awardRecordId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select d.signer_title, d.signer_name, b.deciding_body"
                + " from award_record r left join award_decision d on d.id = r.decision_id"
                + " left join board_decision b on b.nomination_id = r.nomination_id where r.id = ?1")
                .setParameter(1, awardRecordId).getResultList();
        return rows.stream().findFirst().map(r -> new String[] { (String) r[0], (String) r[1], (String) r[2] });
    }

    /** A commune decision's path and its award records' ids in the decision's order. */
    @SuppressWarnings("unchecked")
    public Optional<String> decisionCommunePath(UUID decisionId) {
        List<String> rows = getEntityManager().createNativeQuery("select commune_path from award_decision where id = ?1")
                .setParameter(1, decisionId).getResultList();
        return rows.stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    public List<UUID> recordsOfDecision(UUID decisionId) {
        return getEntityManager().createNativeQuery("select r.id from award_record r"
                + " left join award_decision_item i on i.decision_id = r.decision_id and i.nomination_id = r.nomination_id"
                + " where r.decision_id = ?1 and r.annulled_at is null order by i.position nulls last, r.nominee_name")
                .setParameter(1, decisionId).getResultList();
    }
}
