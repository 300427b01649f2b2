package vn.thiduaso.report.service;

import java.nio.file.Path;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import vn.thiduaso.platform.file.FileRules;
import vn.thiduaso.platform.file.FileType;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.report.domain.Report;
import vn.thiduaso.report.domain.ReportAttachment;
import vn.thiduaso.report.repository.ReportAttachmentRepository;
import vn.thiduaso.report.repository.ReportRepository;
import vn.thiduaso.report.service.AccessPolicy.Action;

/**
 * A report's attachments, under the platform's file rules ({@link FileRules}): stored in 1 MiB
 * chunks with their SHA-256 computed on the way in, typed by their content, scoped like the report, and read back one chunk per short transaction so that a
 * download never holds the whole file (nor a connection for the whole transfer).
 */
@ApplicationScoped
public class AttachmentService {

    private final ReportRepository reports;
    private final ReportAttachmentRepository attachments;
    private final AccessPolicy policy;

    public AttachmentService(ReportRepository reports, ReportAttachmentRepository attachments, AccessPolicy policy) {
        this.reports = reports;
        this.attachments = attachments;
        this.policy = policy;
    }

    /**
     * Stores the uploaded file (its size already checked by the resource) while the report is
     * editable. Its content must be one of the accepted kinds and agree with what its name and part
     * type claim; otherwise a 400 on {@code file} and nothing is stored.
     */
    @Transactional
    public ReportAttachment upload(CallerScope caller, UUID reportId, String fileName, String claimedMediaType,
            Path content) {
        Report report = reports.findByIdOptional(reportId)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy báo cáo"));
        policy.require(caller, Action.UPDATE_REPORT, ReportService.unitOf(report));
        report.requireEditable();
        FileType type = FileRules.requireAccepted(content, fileName, claimedMediaType);
        ReportAttachment a = new ReportAttachment();
        a.id = UUID.randomUUID();
        a.reportId = report.id;
        a.fileName = FileRules.safeFileName(fileName);
        a.mediaType = type.mediaType;
        a.sizeBytes = 0;
        a.sha256 = "0".repeat(64);
        a.uploadedBy = caller.username();
        a.uploadedAt = ReportService.now();
        attachments.persist(a);
        attachments.flush();
        FileRules.Stored stored = FileRules.storeInChunks(content, (seq, chunk) -> attachments.insertChunk(a.id, seq, chunk));
        a.sizeBytes = stored.sizeBytes();
        a.sha256 = stored.sha256();
        return a;
    }

    /** The attachment's metadata, when the caller may read the report. */
    @Transactional
    public ReportAttachment get(CallerScope caller, UUID reportId, UUID attachmentId) {
        Report report = reports.findByIdOptional(reportId)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy báo cáo"));
        policy.require(caller, Action.READ_REPORT, ReportService.unitOf(report));
        return attachments.findByIdOptional(attachmentId).filter(a -> a.reportId.equals(reportId))
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

    /** Removes an attachment while the report is editable. */
    @Transactional
    public void delete(CallerScope caller, UUID reportId, UUID attachmentId) {
        Report report = reports.findByIdOptional(reportId)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy báo cáo"));
        policy.require(caller, Action.UPDATE_REPORT, ReportService.unitOf(report));
        ReportAttachment a = attachments.findByIdOptional(attachmentId).filter(x -> x.reportId.equals(reportId))
                .orElseThrow(() -> new NotFoundException("Không tìm thấy tệp đính kèm"));
        report.requireEditable();
        attachments.delete(a);
    }
}
