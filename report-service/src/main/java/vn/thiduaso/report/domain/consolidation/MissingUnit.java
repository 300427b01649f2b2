package vn.thiduaso.report.domain.consolidation;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Đơn vị chưa báo cáo: an active requirement of the period without an accepted report, when assembled. */
@Embeddable
public class MissingUnit {

    @Column(name = "requirement_id", nullable = false)
    public UUID requirementId;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "unit_name", nullable = false)
    public String unitName;

    @Column(name = "unit_path", nullable = false)
    public String unitPath;

    /** The unit's report status then; null = no report at all. */
    @Column(name = "report_status")
    public String reportStatus;

    protected MissingUnit() {
    }

    public MissingUnit(UUID requirementId, UUID unitId, String unitName, String unitPath, String reportStatus) {
        this.requirementId = requirementId;
        this.unitId = unitId;
        this.unitName = unitName;
        this.unitPath = unitPath;
        this.reportStatus = reportStatus;
    }
}
