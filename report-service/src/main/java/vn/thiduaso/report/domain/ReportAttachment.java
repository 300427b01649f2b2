package vn.thiduaso.report.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thiduaso.platform.file.FileRules;

/**
 * Tệp đính kèm of a report: metadata and SHA-256; the bytes live in {@code report_attachment_chunk}
 * (1 MiB rows, written and streamed one at a time, never held whole).
 */
@Entity
@Table(name = "report_attachment")
public class ReportAttachment {

    /** 20 MiB per file ({@link FileRules#MAX_BYTES}). */
    public static final long MAX_BYTES = FileRules.MAX_BYTES;

    @Id
    public UUID id;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 64, columnDefinition = "char(64)")
    public String sha256;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    /** Number of chunk rows the file occupies. */
    public int chunkCount() {
        return FileRules.chunkCount(sizeBytes);
    }
}
