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

import vn.thiduaso.platform.problem.ConflictException;

/**
 * Ý kiến phản ánh: what a citizen sent against a posting (or one nomination of it) while the window was
 * open. The client address is kept only as a SHA-256 (rate limiting). An open objection blocks the
 * decision on the nominations it concerns.
 */
@Entity
@Table(name = "objection")
public class Objection {

    @Id
    public UUID id;

    @Column(name = "posting_id", nullable = false)
    public UUID postingId;

    /** Null: the objection concerns the whole posting (every nomination on it). */
    @Column(name = "nomination_id")
    public UUID nominationId;

    @Column(name = "sender_name", nullable = false)
    public String senderName;

    @Column(nullable = false)
    public String contact;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "client_hash", length = 64)
    public String clientHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ObjectionStatus status;

    public Boolean upheld;

    @Column(columnDefinition = "text")
    public String resolution;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    /** Records how the office resolved it; an objection is resolved once. */
    public void resolve(boolean upheld, String resolution, String by, Instant at) {
        if (status != ObjectionStatus.OPEN) {
            throw new ConflictException("Ý kiến này đã được xử lý ngày " + vn.thiduaso.platform.time.VietnamTime.date(resolvedAt));
        }
        this.status = ObjectionStatus.RESOLVED;
        this.upheld = upheld;
        this.resolution = resolution;
        this.resolvedBy = by;
        this.resolvedAt = at;
    }
}
