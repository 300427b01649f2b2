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

/** Yêu cầu báo cáo: one addressed unit must report in one reporting period. */
@Entity
@Table(name = "report_requirement")
public class ReportRequirement {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    public ReportingPeriod period;

    /** Order of the addressees in the plan. */
    @Column(nullable = false)
    public int position;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    /** Copied from the directory so that scope checks need no join; kept current by UnitUpserted. */
    @Column(name = "unit_path", nullable = false)
    public String unitPath;

    @Column(name = "unit_name", nullable = false)
    public String unitName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequirementStatus status;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Version
    public long version;

    public boolean active() {
        return status != RequirementStatus.WITHDRAWN;
    }

    /** The plan no longer asks the unit to report; nothing it wrote is touched. */
    public boolean withdraw(Instant at) {
        if (!active()) {
            return false;
        }
        status = RequirementStatus.WITHDRAWN;
        withdrawnAt = at;
        return true;
    }

    /** The unit is listed again: back to where its report stands. */
    public boolean reinstate(boolean hasReport) {
        if (active()) {
            return false;
        }
        status = hasReport ? RequirementStatus.DRAFTING : RequirementStatus.PENDING;
        withdrawnAt = null;
        return true;
    }

    /** The unit has started its report. */
    public void draftStarted() {
        if (status == RequirementStatus.PENDING) {
            status = RequirementStatus.DRAFTING;
        }
    }
}
