package vn.thiduaso.award.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thiduaso.platform.file.FileRules;

/**
 * A typed file of a dossier (tờ trình, báo cáo thành tích, biên bản họp xét, khác): metadata and
 * SHA-256; the bytes live in {@code nomination_attachment_chunk} in 1 MiB rows, as a report's do.
 */
@Entity
@Table(name = "nomination_attachment")
public class NominationAttachment {

    @Id
    public UUID id;

    @Column(name = "nomination_id", nullable = false)
    public UUID nominationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttachmentKind kind;

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

    public int chunkCount() {
        return FileRules.chunkCount(sizeBytes);
    }
}
