package vn.thiduaso.report.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What this service knows of a plan: the newest issued version applied, whether it is closed, and
 * the structure a report is written against (contents, targets per year, award forms), copied from
 * PlanIssued v2 / PlanAmended v1 so that a report form needs no call to plan-service.
 */
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

    /** Số/ký hiệu, e.g. {@code 150/KH-UBND}. */
    public String number;

    public String title;

    @Column(name = "issuing_unit_id")
    public UUID issuingUnitId;

    @Column(name = "issuing_unit_path")
    public String issuingUnitPath;

    @Column(name = "issuing_unit_name")
    public String issuingUnitName;

    @Column(name = "start_year")
    public Integer startYear;

    @Column(name = "end_year")
    public Integer endYear;

    /** The content tree (ids, numbers, titles); empty for a v1 plan. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<PlanContentItem> contents = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<PlanTarget> targets = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "award_forms", nullable = false, columnDefinition = "jsonb")
    public List<PlanAwardForm> awardForms = new ArrayList<>();

    /** An issued version is applied unless the plan is closed or a newer version was applied already. */
    public boolean accepts(int version) {
        return closedAt == null && version >= planVersion;
    }

    /**
     * The applied version becomes what reports are written against. A v1 plan carries no structure:
     * its lists stay empty (its reports have a summary only).
     */
    public void describe(String number, String title, UUID issuingUnitId, String issuingUnitPath,
            String issuingUnitName, Integer startYear, Integer endYear, List<PlanContentItem> contents,
            List<PlanTarget> targets, List<PlanAwardForm> awardForms) {
        this.number = number == null || number.isBlank() ? null : number.strip();
        this.title = title == null ? null : title.strip();
        this.issuingUnitId = issuingUnitId;
        this.issuingUnitPath = issuingUnitPath;
        this.issuingUnitName = issuingUnitName;
        this.startYear = startYear;
        this.endYear = endYear;
        this.contents = new ArrayList<>(contents);
        this.targets = new ArrayList<>(targets);
        this.awardForms = new ArrayList<>(awardForms);
    }

    public boolean closed() {
        return closedAt != null;
    }

    /** Every content item, in tree order. */
    public List<PlanContentItem> flatContents() {
        return contents.stream().flatMap(PlanContentItem::flatten).toList();
    }

    public Optional<PlanTarget> target(UUID id) {
        return targets.stream().filter(t -> t.id() != null && t.id().equals(id)).findFirst();
    }

    public boolean offersAwardForm(String code) {
        return awardForms.stream().anyMatch(f -> f.code() != null && f.code().equals(code));
    }
}
