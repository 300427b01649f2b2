package vn.thiduaso.award.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit's accepted report (ReportAccepted v1; ReportReopened removes it): what a dossier may cite. */
@Entity
@Table(name = "accepted_report")
public class AcceptedReport {

    @Id
    @Column(name = "report_id")
    public UUID reportId;

    @Column(name = "period_id")
    public UUID periodId;

    @Column(name = "plan_id")
    public UUID planId;

    public Integer year;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "unit_path", nullable = false)
    public String unitPath;

    @Column(name = "unit_name")
    public String unitName;

    @Column(name = "accepted_at", nullable = false)
    public Instant acceptedAt;
}
