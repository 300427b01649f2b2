package vn.thiduaso.plan.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thiduaso.platform.problem.ConflictException;

/** Kế hoạch: a commune's plan implementing an emulation movement. */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    public UUID id;

    /** Số/ký hiệu, e.g. {@code 150/KH-UBND}; may be given only when the plan is issued. */
    public String number;

    @Column(nullable = false)
    public String title;

    @Column(columnDefinition = "text")
    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status = PlanStatus.DRAFT;

    @Column(name = "issuing_unit_id", nullable = false)
    public UUID issuingUnitId;

    /** Copied from the unit so that scope checks and list filters need no join. */
    @Column(name = "issuing_unit_path", nullable = false)
    public String issuingUnitPath;

    @Column(name = "signer_name")
    public String signerName;

    @Column(name = "signer_title")
    public String signerTitle;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "issued_by")
    public String issuedBy;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @ElementCollection
    @CollectionTable(name = "plan_addressee", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<Addressee> addressees = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ReportingObligation> reportingObligations = new ArrayList<>();

    @Version
    public long version;

    /** Ban hành: only a draft can be issued, and only once. */
    public void issue(String number, String by, Instant at) {
        if (status != PlanStatus.DRAFT) {
            throw new ConflictException("Kế hoạch đã được ban hành trước đó");
        }
        if (number != null && !number.isBlank()) {
            this.number = number.trim();
        }
        this.status = PlanStatus.ISSUED;
        this.issuedBy = by;
        this.issuedAt = at;
    }
}
