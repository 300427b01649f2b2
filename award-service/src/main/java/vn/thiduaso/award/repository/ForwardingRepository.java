package vn.thiduaso.award.repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.thiduaso.award.domain.Forwarding;

/**
 * Forwardings to the board, and what forwarding reads of tables other use cases write (posting
 * windows, objections, attachments, council tallies): by native SQL, so this use case depends on
 * their tables, not on their classes.
 */
@ApplicationScoped
public class ForwardingRepository implements PanacheRepositoryBase<Forwarding, UUID> {

    /** An attachment of a dossier as the bundle and the board list need it (bytes are read per chunk). */
    public record AttachmentRow(UUID id, UUID nominationId, String kind, String fileName, String mediaType, long sizeBytes,
            String sha256) {
    }

    /** The council's tally on a nomination (the last closed agenda item) with the session's membership. */
    public record Tally(int agree, int disagree, int abstain, int totalMembers) {
    }

    /** Forwardings of a round (or all) whose commune or board lies in the scope. */
    public PanacheQuery<Forwarding> inScope(String scopePath, UUID roundId) {
        String like = scopePath.endsWith("/") ? scopePath + "%" : scopePath + "/%";
        String where = "(communePath = ?1 or communePath like ?2 or boardUnitPath = ?1 or boardUnitPath like ?2"
                + " or ?1 = '/')";
        if (roundId != null) {
            return find(where + " and roundId = ?3", Sort.descending("forwardedAt"), scopePath, like, roundId);
        }
        return find(where, Sort.descending("forwardedAt"), scopePath, like);
    }

    public Optional<Forwarding> ofNomination(UUID nominationId) {
        return find("?1 member of nominationIds", nominationId).firstResultOptional();
    }

    /** The last day of the latest posting window the nomination was on, if it was posted. */
    public Optional<LocalDate> postingEndsOn(UUID nominationId) {
        Object v = getEntityManager().createNativeQuery("select max(p.ends_on) from public_posting p"
                + " join public_posting_item i on i.posting_id = p.id where i.nomination_id = ?1")
                .setParameter(1, nominationId).getSingleResult();
        if (v == null) {
            return Optional.empty();
        }
        return Optional.of(v instanceof Date d ? d.toLocalDate() : (LocalDate) v);
    }

    /** Open objections on the nomination, or on a posting that lists it without naming a dossier. */
    public long openObjections(UUID nominationId) {
        Number n = (Number) getEntityManager().createNativeQuery("select count(*) from objection o where o.status = 'OPEN'"
                + " and (o.nomination_id = ?1 or (o.nomination_id is null and o.posting_id in"
                + " (select posting_id from public_posting_item where nomination_id = ?1)))")
                .setParameter(1, nominationId).getSingleResult();
        return n.longValue();
    }

    /** The nearest city or province above a commune path (its Ban Thi đua - Khen thưởng decides higher forms). */
    public Optional<Object[]> boardUnitAbove(String communePath) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select id, path, name from directory_unit"
                + " where kind in ('CITY', 'PROVINCE') and ?1 like path || '/%' order by length(path) desc limit 1")
                .setParameter(1, communePath).getResultList();
        return rows.stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    public List<AttachmentRow> attachments(List<UUID> nominationIds) {
        if (nominationIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("select id, nomination_id, kind, file_name, media_type,"
                + " size_bytes, sha256 from nomination_attachment where nomination_id in (?1) order by uploaded_at, file_name")
                .setParameter(1, nominationIds).getResultList();
        return rows.stream().map(r -> new AttachmentRow((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                (String) r[4], ((Number) r[5]).longValue(), ((String) r[6]).trim())).toList();
    }

    /** One chunk of an attachment's bytes, or null after the last one. */
    public byte[] attachmentChunk(UUID attachmentId, int seq) {
        @SuppressWarnings("unchecked")
        List<byte[]> rows = getEntityManager().createNativeQuery(
                "select data from nomination_attachment_chunk where attachment_id = ?1 and seq = ?2")
                .setParameter(1, attachmentId).setParameter(2, seq).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    public Optional<Tally> councilTally(UUID nominationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select a.agree, a.disagree, a.abstain,"
                + " (select count(*) from council_member m where m.session_id = a.session_id)"
                + " from council_agenda_item a join council_session s on s.id = a.session_id"
                + " where a.nomination_id = ?1 and a.passed is not null order by s.closed_at desc nulls last limit 1")
                .setParameter(1, nominationId).getResultList();
        return rows.stream().findFirst().map(r -> new Tally(num(r[0]), num(r[1]), num(r[2]), num(r[3])));
    }

    private static int num(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }
}
