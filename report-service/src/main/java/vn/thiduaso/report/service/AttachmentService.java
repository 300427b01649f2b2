package vn.thiduaso.report.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.report.domain.AttachmentType;
import vn.thiduaso.report.domain.Report;
import vn.thiduaso.report.domain.ReportAttachment;
import vn.thiduaso.report.repository.ReportAttachmentRepository;
import vn.thiduaso.report.repository.ReportRepository;
import vn.thiduaso.report.service.AccessPolicy.Action;

/**
 * A report's attachments: stored in 1 MiB chunks with their SHA-256 computed on the way in, typed by
 * their content, scoped like the report, and read back one chunk per short transaction so that a
 * download never holds the whole file (nor a connection for the whole transfer).
 */
@ApplicationScoped
public class AttachmentService {

    private static final int FILE_NAME_MAX = 255;

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
        AttachmentType type = AttachmentType.detect(content).orElseThrow(() -> new InvalidFieldException("file",
                "Chỉ nhận tệp PDF, DOCX, XLSX, JPG hoặc PNG (kiểm tra theo nội dung tệp)"));
        Optional<AttachmentType> byName = AttachmentType.byFileName(fileName);
        Optional<AttachmentType> byPart = AttachmentType.byMediaType(claimedMediaType);
        if (byName.isEmpty() || byName.get() != type || byPart.isPresent() && byPart.get() != type) {
            throw new InvalidFieldException("file", "Nội dung tệp là " + type.name()
                    + ", không khớp với tên hoặc kiểu tệp đã khai");
        }
        ReportAttachment a = new ReportAttachment();
        a.id = UUID.randomUUID();
        a.reportId = report.id;
        a.fileName = safeFileName(fileName);
        a.mediaType = type.mediaType;
        a.sizeBytes = 0;
        a.sha256 = "0".repeat(64);
        a.uploadedBy = caller.username();
        a.uploadedAt = ReportService.now();
        attachments.persist(a);
        attachments.flush();
        MessageDigest sha = sha256();
        long size = 0;
        try (InputStream in = Files.newInputStream(content)) {
            int seq = 0;
            byte[] chunk;
            while ((chunk = in.readNBytes(ReportAttachment.CHUNK_BYTES)).length > 0) {
                sha.update(chunk);
                attachments.insertChunk(a.id, seq++, chunk);
                size += chunk.length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        a.sizeBytes = size;
        a.sha256 = HexFormat.of().formatHex(sha.digest());
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

    /** The name without any directory part or control characters, at most 255 characters. */
    static String safeFileName(String name) {
        String n = name == null ? "" : name;
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        n = n.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (n.isEmpty()) {
            n = "tep-dinh-kem";
        }
        if (n.length() > FILE_NAME_MAX) {
            int dot = n.lastIndexOf('.');
            String ext = dot > 0 && n.length() - dot <= 10 ? n.substring(dot) : "";
            n = n.substring(0, FILE_NAME_MAX - ext.length()) + ext;
        }
        return n;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
