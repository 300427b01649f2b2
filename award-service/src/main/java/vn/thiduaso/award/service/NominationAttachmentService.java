package vn.thiduaso.award.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import vn.thiduaso.award.domain.AttachmentKind;
import vn.thiduaso.award.domain.Nomination;
import vn.thiduaso.award.domain.NominationAction;
import vn.thiduaso.award.domain.NominationAttachment;
import vn.thiduaso.award.repository.NominationAttachmentRepository;
import vn.thiduaso.award.repository.NominationLogRepository;
import vn.thiduaso.award.service.AccessPolicy.DossierAction;
import vn.thiduaso.platform.file.FileRules;
import vn.thiduaso.platform.file.FileType;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.security.CallerScope;

/**
 * A dossier's typed attachments under the platform's file rules: content-sniffed type agreeing with the
 * name, 1 MiB chunks with SHA-256, read back one chunk per short transaction; added and removed by the
 * sender while the dossier is editable, read by whoever may read the dossier.
 */
@ApplicationScoped
public class NominationAttachmentService {

    private final NominationService nominations;
    private final NominationAttachmentRepository attachments;
    private final NominationLogRepository logs;
    private final AccessPolicy policy;
    private final Clock clock;

    public NominationAttachmentService(NominationService nominations, NominationAttachmentRepository attachments,
            NominationLogRepository logs, AccessPolicy policy, Clock clock) {
        this.nominations = nominations;
        this.attachments = attachments;
        this.logs = logs;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional
    public NominationAttachment upload(CallerScope caller, UUID nominationId, String kind, String fileName,
            String claimedMediaType, Path content) {
        Nomination n = nominations.readable(caller, nominationId);
        policy.require(caller, DossierAction.EDIT, NominationService.dossierOf(n));
        AttachmentKind type = kind(kind);
        NominationService.requireEditable(n);
        FileType fileType = FileRules.requireAccepted(content, fileName, claimedMediaType);
        NominationAttachment a = new NominationAttachment();
        a.id = UUID.randomUUID();
        a.nominationId = n.id;
        a.kind = type;
        a.fileName = FileRules.safeFileName(fileName);
        a.mediaType = fileType.mediaType;
        a.sha256 = "0".repeat(64);
        a.uploadedBy = caller.username();
        a.uploadedAt = clock.instant();
        attachments.persist(a);
        attachments.flush();
        FileRules.Stored stored = FileRules.storeInChunks(content, (seq, chunk) -> attachments.insertChunk(a.id, seq, chunk));
        a.sizeBytes = stored.sizeBytes();
        a.sha256 = stored.sha256();
        logs.persist(n.note(NominationAction.ATTACHMENT_ADDED, a.uploadedAt, caller.username(), null,
                type.label() + ": " + a.fileName));
        return a;
    }

    @Transactional
    public NominationAttachment get(CallerScope caller, UUID nominationId, UUID attachmentId) {
        nominations.readable(caller, nominationId);
        return attachments.findByIdOptional(attachmentId).filter(a -> a.nominationId.equals(nominationId))
                .orElseThrow(() -> new NotFoundException("Không tìm thấy tệp đính kèm"));
    }

    /** One chunk of a stored file, in a transaction of its own (called while streaming a download). */
    @Transactional(TxType.REQUIRES_NEW)
    public byte[] chunk(UUID attachmentId, int seq) {
        byte[] data = attachments.chunk(attachmentId, seq);
        if (data == null) {
            throw new IllegalStateException("attachment " + attachmentId + " has no chunk " + seq);
        }
        return data;
    }

    @Transactional
    public void delete(CallerScope caller, UUID nominationId, UUID attachmentId) {
        Nomination n = nominations.readable(caller, nominationId);
        policy.require(caller, DossierAction.EDIT, NominationService.dossierOf(n));
        NominationAttachment a = attachments.findByIdOptional(attachmentId)
                .filter(x -> x.nominationId.equals(nominationId))
                .orElseThrow(() -> new NotFoundException("Không tìm thấy tệp đính kèm"));
        NominationService.requireEditable(n);
        attachments.delete(a);
        logs.persist(n.note(NominationAction.ATTACHMENT_REMOVED, clock.instant(), caller.username(), null,
                a.kind.label() + ": " + a.fileName));
    }

    private static AttachmentKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            throw new InvalidFieldException("kind", "Cần chọn loại tài liệu (SUBMISSION_LETTER, ACHIEVEMENT_REPORT, "
                    + "MEETING_MINUTES, OTHER)");
        }
        try {
            return AttachmentKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("kind", "Loại tài liệu là SUBMISSION_LETTER, ACHIEVEMENT_REPORT, "
                    + "MEETING_MINUTES hoặc OTHER");
        }
    }
}
