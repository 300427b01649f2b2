package vn.thiduaso.report.domain;

import java.time.Instant;
import java.time.LocalDate;
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

    /**
     * This unit's own deadline when it differs from the period's: an extension for the unit, or the
     * new deadline after its report was returned. Null = the period's.
     */
    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "due_date")
    public LocalDate dueDate;

    /** Why the unit's deadline differs (the extension's or the return's reason). */
    @Column(name = "due_reason")
    public String dueReason;

    @Version
    public long version;

    /** Hạn nộp của đơn vị: its own deadline when it has one, else the period's. */
    public Instant effectiveDueAt() {
        return dueAt != null ? dueAt : period.dueAt;
    }

    public LocalDate effectiveDueDate() {
        return dueDate != null ? dueDate : period.dueDate;
    }

    /** The unit is given its own deadline (an extension for it, or after a return). */
    public void setDeadline(ReportingDeadline deadline, String reason) {
        dueAt = deadline.dueAt();
        dueDate = deadline.dueDate();
        dueReason = reason;
    }

    /** The period's deadline applies again (an extension for everyone that is later than this unit's own). */
    public void clearDeadline() {
        dueAt = null;
        dueDate = null;
        dueReason = null;
    }

    /** The requirement follows its report's status (a withdrawn requirement stays withdrawn). */
    public void follow(ReportStatus reportStatus) {
        if (active()) {
            status = RequirementStatus.of(reportStatus);
        }
    }

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

    /** The unit is listed again: back to where its report stands ({@code reportStatus} null = no report). */
    public boolean reinstate(ReportStatus reportStatus) {
        if (active()) {
            return false;
        }
        status = RequirementStatus.of(reportStatus);
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
