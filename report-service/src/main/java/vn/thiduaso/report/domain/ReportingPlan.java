package vn.thiduaso.report.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What this service knows of a plan: the newest issued version applied and whether it is closed. */
@Entity
@Table(name = "reporting_plan")
public class ReportingPlan {

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "plan_version", nullable = false)
    public int planVersion;

    /** Set by PlanClosed: nothing new opens from the plan (later amendments are ignored). */
    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** An issued version is applied unless the plan is closed or a newer version was applied already. */
    public boolean accepts(int version) {
        return closedAt == null && version >= planVersion;
    }
}
