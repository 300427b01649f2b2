package vn.thiduaso.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thiduaso.platform.audit.AuditListener;
import vn.thiduaso.platform.problem.ConflictException;

/**
 * Kế hoạch: a commune's plan implementing one or more emulation movements. The row holds identity,
 * lifecycle and number; the parts live in {@link PlanVersion}s ({@code currentVersion} is the newest).
 * Title, years, addressees and movements are copied here from the current version so that lists and
 * scope checks need no jsonb.
 */
@Entity
@EntityListeners(AuditListener.class)
@Table(name = "plan")
public class Plan {

    @Id
    public UUID id;

    /** Số/ký hiệu, e.g. {@code 15/KH-UBND}: assigned at the first issue and kept by amendments. */
    public String number;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status = PlanStatus.DRAFT;

    @Column(name = "issuing_unit_id", nullable = false)
    public UUID issuingUnitId;

    @Column(name = "issuing_unit_path", nullable = false)
    public String issuingUnitPath;

    @Column(name = "parent_plan_id")
    public UUID parentPlanId;

    @Column(name = "current_version", nullable = false)
    public int currentVersion = 1;

    @Column(name = "start_year")
    public Integer startYear;

    @Column(name = "end_year")
    public Integer endYear;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Of the latest issue. */
    @Column(name = "issued_by")
    public String issuedBy;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "close_reason", columnDefinition = "text")
    public String closeReason;

    @ElementCollection
    @CollectionTable(name = "plan_addressee", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<Addressee> addressees = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_movement", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "movement_id")
    public Set<UUID> movementIds = new LinkedHashSet<>();

    @Version
    public long version;

    public void requireVersion(long expected) {
        if (expected != version) {
            throw new vn.thiduaso.platform.problem.StaleVersionException(version);
        }
    }

    public void requireEditable() {
        if (!status.editable()) {
            throw new ConflictException(status == PlanStatus.CLOSED ? "Kế hoạch đã kết thúc, không thể sửa"
                    : "Kế hoạch đã được ban hành; hãy điều chỉnh (amend) để sửa");
        }
    }

    /** Ban hành: a draft or an amendment draft becomes the version in force. */
    public void issue(String number, String by, Instant at, LocalDate on) {
        if (!status.editable()) {
            throw new ConflictException("Kế hoạch đã được ban hành trước đó");
        }
        if (this.number == null) {
            this.number = number;
        }
        this.status = PlanStatus.ISSUED;
        this.issuedBy = by;
        this.issuedAt = at;
        this.issuedOn = on;
    }

    /** Điều chỉnh: only an issued plan; the new draft version is {@code currentVersion + 1}. */
    public void startAmendment() {
        if (status != PlanStatus.ISSUED) {
            throw new ConflictException(status == PlanStatus.AMENDING ? "Kế hoạch đang được điều chỉnh"
                    : "Chỉ điều chỉnh được kế hoạch đã ban hành");
        }
        status = PlanStatus.AMENDING;
        currentVersion++;
    }

    public void close(String by, Instant at, String reason) {
        if (status != PlanStatus.ISSUED) {
            throw new ConflictException(status == PlanStatus.CLOSED ? "Kế hoạch đã kết thúc trước đó"
                    : "Chỉ kết thúc được kế hoạch đang có hiệu lực (đã ban hành, không đang điều chỉnh)");
        }
        status = PlanStatus.CLOSED;
        closedBy = by;
        closedAt = at;
        closeReason = reason;
    }
}
