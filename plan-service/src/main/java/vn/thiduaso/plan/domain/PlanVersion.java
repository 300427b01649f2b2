package vn.thiduaso.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thiduaso.platform.audit.AuditListener;
import vn.thiduaso.plan.domain.content.PlanContent;

/** One version of a plan's parts; immutable once {@code issuedAt} is set. */
@Entity
@EntityListeners(AuditListener.class)
@Table(name = "plan_version")
public class PlanVersion {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "plan_version", nullable = false)
    public int planVersion;

    @Column(nullable = false)
    public String title;

    @Column(columnDefinition = "text")
    public String summary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public PlanContent content;

    public String number;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "issued_by")
    public String issuedBy;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "amendment_reason", columnDefinition = "text")
    public String amendmentReason;

    public boolean issued() {
        return issuedAt != null;
    }
}
