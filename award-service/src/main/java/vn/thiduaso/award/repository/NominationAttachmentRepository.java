package vn.thiduaso.award.repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.award.domain.NominationAttachment;

/** A dossier's typed attachments and their 1 MiB chunks. */
@ApplicationScoped
public class NominationAttachmentRepository implements PanacheRepositoryBase<NominationAttachment, UUID> {

    public List<NominationAttachment> ofNomination(UUID nominationId) {
        return list("nominationId", Sort.by("uploadedAt").and("id"), nominationId);
    }

    public List<NominationAttachment> ofNominations(Collection<UUID> nominationIds) {
        return nominationIds.isEmpty() ? List.of()
                : list("nominationId in ?1", Sort.by("uploadedAt").and("id"), nominationIds);
    }

    /** Writes one chunk row without keeping its bytes in the persistence context. */
    public void insertChunk(UUID attachmentId, int seq, byte[] data) {
        getEntityManager().createNativeQuery(
                "insert into nomination_attachment_chunk (attachment_id, seq, data) values (?1, ?2, ?3)")
                .setParameter(1, attachmentId)
                .setParameter(2, seq)
                .setParameter(3, data)
                .executeUpdate();
    }

    /** One chunk's bytes, or null when there is no such chunk. */
    public byte[] chunk(UUID attachmentId, int seq) {
        List<?> rows = getEntityManager().createNativeQuery(
                "select data from nomination_attachment_chunk where attachment_id = ?1 and seq = ?2")
                .setParameter(1, attachmentId)
                .setParameter(2, seq)
                .getResultList();
        return rows.isEmpty() ? null : (byte[]) rows.get(0);
    }
}
