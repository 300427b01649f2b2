package vn.thiduaso.award.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thiduaso.platform.problem.ConflictException;

/**
 * Hồ sơ đề nghị khen thưởng: one nominee proposed for one form in one round by one unit. Its status
 * changes only through {@link #moveTo}, which checks {@link NominationStatus}'s table and writes the
 * processing log line.
 */
@Entity
@Table(name = "nomination")
public class Nomination {

    @Id
    public UUID id;

    @Column(name = "round_id", nullable = false)
    public UUID roundId;

    @Column(name = "form_code", nullable = false)
    public String formCode;

    /** The rule set the dossier was checked under: stamped on submit, kept after a newer one takes effect. */
    @Column(name = "rule_set_id")
    public UUID ruleSetId;

    @Column(name = "rule_set_code")
    public String ruleSetCode;

    @Column(name = "nominating_unit_id", nullable = false)
    public UUID nominatingUnitId;

    @Column(name = "nominating_unit_path", nullable = false)
    public String nominatingUnitPath;

    @Column(name = "nominating_unit_name")
    public String nominatingUnitName;

    /** The round's commune: the office, council and leader of this subtree handle the dossier. */
    @Column(name = "commune_path", nullable = false)
    public String communePath;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_kind", nullable = false)
    public NomineeKind nomineeKind;

    @Column(name = "nominee_name", nullable = false)
    public String nomineeName;

    @Column(name = "nominee_unit_id")
    public UUID nomineeUnitId;

    @Column(name = "nominee_key", nullable = false)
    public String nomineeKey;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Nominee nominee;

    @Column(columnDefinition = "text")
    public String achievements;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<StandardAnswer> standards = new ArrayList<>();

    /**
     * Accepted reports of the nominee's unit the dossier cites (accepted_report ids) as a JSON array. The
     * {@code uuid[]} lists of rounds and clusters go through {@link UuidListArrayConverter}, so Hibernate does
     * not resolve both mappings from the one Java type {@code List<UUID>}.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "report_ids", nullable = false, columnDefinition = "jsonb")
    public List<UUID> reportIds = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NominationStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<EligibilityCheck> eligibility = new ArrayList<>();

    @Column(name = "eligibility_passed")
    public Boolean eligibilityPassed;

    @Column(name = "eligibility_checked_at")
    public Instant eligibilityCheckedAt;

    /** Why the office let a dossier with failed checks through (recorded, shown in the log). */
    @Column(name = "override_reason", columnDefinition = "text")
    public String overrideReason;

    @Column(name = "override_by")
    public String overrideBy;

    @Column(name = "override_at")
    public Instant overrideAt;

    @Column(name = "assigned_officer")
    public String assignedOfficer;

    @Column(name = "appraisal_eligible")
    public Boolean appraisalEligible;

    @Column(name = "appraisal_note", columnDefinition = "text")
    public String appraisalNote;

    @Column(name = "appraised_by")
    public String appraisedBy;

    @Column(name = "appraised_at")
    public Instant appraisedAt;

    @Column(name = "return_reason", columnDefinition = "text")
    public String returnReason;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Failed checks are let through when the office overrode them with a reason. */
    public boolean eligibleOrOverridden() {
        return Boolean.TRUE.equals(eligibilityPassed) || overrideReason != null;
    }

    /**
     * Moves the dossier to {@code next} and returns the log line to persist (who, when, from, to,
     * to whom, why). A move the table does not allow is a conflict naming the current status.
     */
    public NominationLog moveTo(NominationStatus next, NominationAction action, Instant at, String actor, String toParty,
            String note) {
        if (!status.canMoveTo(next)) {
            throw new ConflictException("Hồ sơ đang ở trạng thái " + status + ", không thể chuyển sang " + next);
        }
        NominationStatus from = status;
        status = next;
        updatedAt = at;
        return NominationLog.of(id, at, actor, action, from, next, toParty, note);
    }

    /** A log line that does not change the status (an edit, an attachment, an assignment, an objection). */
    public NominationLog note(NominationAction action, Instant at, String actor, String toParty, String note) {
        updatedAt = at;
        return NominationLog.of(id, at, actor, action, status, status, toParty, note);
    }
}
