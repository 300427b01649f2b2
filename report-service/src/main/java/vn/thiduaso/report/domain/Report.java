package vn.thiduaso.report.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Báo cáo: a unit's report for one requirement; there is at most one per requirement. */
@Entity
@Table(name = "report")
public class Report {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requirement_id")
    public ReportRequirement requirement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status;

    /** Phần thuyết minh: what the unit did, in its own words. */
    @Column(nullable = false, columnDefinition = "text")
    public String narrative;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** A new draft for the requirement; the requirement records that the unit has started. */
    public static Report draft(ReportRequirement requirement, String narrative, String by, Instant at) {
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.requirement = requirement;
        report.status = ReportStatus.DRAFT;
        report.narrative = narrative;
        report.createdBy = by;
        report.createdAt = at;
        requirement.draftStarted();
        return report;
    }
}
