package vn.thiduaso.report.domain;

import java.time.Duration;
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
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thiduaso.platform.problem.ConflictException;

/**
 * Báo cáo: a unit's report for one requirement; there is at most one per requirement, revised (after
 * a return) rather than duplicated. The lifecycle rules live here: DRAFT → (AWAITING_CONFIRMATION →)
 * SUBMITTED → ACCEPTED; SUBMITTED → RETURNED → SUBMITTED; ACCEPTED → RETURNED (reopen). Every step
 * adds a {@link ReportHistory} entry.
 */
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

    /** Tóm tắt chung: the report's general summary (the narrative of the first reports). */
    @Column(nullable = false, columnDefinition = "text")
    public String narrative = "";

    /** Khó khăn, vướng mắc. */
    @Column(nullable = false, columnDefinition = "text")
    public String difficulties = "";

    /** Kiến nghị, đề xuất. */
    @Column(nullable = false, columnDefinition = "text")
    public String proposals = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "self_assessment_grade")
    public SelfAssessmentGrade selfAssessmentGrade;

    @Column(name = "self_assessment", nullable = false, columnDefinition = "text")
    public String selfAssessment = "";

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    /** Seconds after the unit's effective due instant the latest submission came; 0 = on time. */
    @Column(name = "late_seconds")
    public Long lateSeconds;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "accepted_by")
    public String acceptedBy;

    @Column(name = "returned_count", nullable = false)
    public int returnedCount;

    @ElementCollection
    @CollectionTable(name = "report_content_section", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    public List<ContentSection> contents = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "report_target_value", joinColumns = @JoinColumn(name = "report_id"))
    public List<TargetValue> targetValues = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "report_proposed_award", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    public List<ProposedAward> proposedAwards = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at, id")
    public List<ReportHistory> history = new ArrayList<>();

    @Version
    public long version;

    /** A new draft for the requirement; the requirement records that the unit has started. */
    public static Report draft(ReportRequirement requirement, String narrative, String by, Instant at) {
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.requirement = requirement;
        report.status = ReportStatus.DRAFT;
        report.narrative = narrative == null ? "" : narrative;
        report.createdBy = by;
        report.createdAt = at;
        report.updatedBy = by;
        report.updatedAt = at;
        report.record(at, by, ReportAction.CREATED, null, ReportStatus.DRAFT, null);
        requirement.follow(report.status);
        return report;
    }

    public boolean editable() {
        return status.editable();
    }

    /** 409 unless the report may still be changed (DRAFT or RETURNED). */
    public void requireEditable() {
        if (!editable()) {
            throw new ConflictException(switch (status) {
                case AWAITING_CONFIRMATION -> "Báo cáo đang chờ lãnh đạo xác nhận, không sửa được";
                case SUBMITTED -> "Báo cáo đã gửi, không sửa được cho đến khi được trả lại";
                case ACCEPTED -> "Báo cáo đã được tiếp nhận và đã khóa";
                default -> "Báo cáo không sửa được ở trạng thái này";
            });
        }
    }

    /**
     * Replaces everything the unit writes (an autosave): the collections are replaced whole (new
     * instances, so the rows are rewritten rather than patched position by position).
     */
    public void replace(String summary, List<ContentSection> sections, List<TargetValue> values, String difficulties,
            String proposals, SelfAssessmentGrade grade, String selfAssessment, List<ProposedAward> awards, String by,
            Instant at) {
        requireEditable();
        this.narrative = summary;
        this.contents = new ArrayList<>(sections);
        this.targetValues = new ArrayList<>(values);
        this.difficulties = difficulties;
        this.proposals = proposals;
        this.selfAssessmentGrade = grade;
        this.selfAssessment = selfAssessment;
        this.proposedAwards = new ArrayList<>(awards);
        touch(by, at);
    }

    /**
     * Gửi báo cáo. With {@code leaderConfirmationRequired} the report waits for the unit's leader;
     * else it is submitted now and its lateness against the unit's effective deadline recorded.
     */
    public void submit(String by, Instant at, boolean leaderConfirmationRequired) {
        if (!editable()) {
            throw new ConflictException(switch (status) {
                case AWAITING_CONFIRMATION -> "Báo cáo đã gửi và đang chờ lãnh đạo xác nhận";
                case ACCEPTED -> "Báo cáo đã được tiếp nhận";
                default -> "Báo cáo đã được gửi";
            });
        }
        ReportStatus from = status;
        submittedBy = by;
        if (leaderConfirmationRequired) {
            status = ReportStatus.AWAITING_CONFIRMATION;
            confirmedAt = null;
            confirmedBy = null;
        } else {
            markSubmitted(at);
        }
        record(at, by, ReportAction.SUBMITTED, from, status, null);
        touch(by, at);
    }

    /** Lãnh đạo xác nhận: AWAITING_CONFIRMATION → SUBMITTED; lateness is measured now. */
    public void confirm(String by, Instant at) {
        if (status != ReportStatus.AWAITING_CONFIRMATION) {
            throw new ConflictException("Báo cáo không ở trạng thái chờ lãnh đạo xác nhận");
        }
        confirmedAt = at;
        confirmedBy = by;
        markSubmitted(at);
        record(at, by, ReportAction.CONFIRMED, ReportStatus.AWAITING_CONFIRMATION, status, null);
        touch(by, at);
    }

    /** Trả lại: SUBMITTED → RETURNED with a reason; the unit gets {@code deadline}. */
    public void returnToUnit(String by, Instant at, String reason, ReportingDeadline deadline) {
        if (status != ReportStatus.SUBMITTED) {
            throw new ConflictException("Chỉ trả lại được báo cáo đã gửi và chưa được tiếp nhận");
        }
        reopenWith(by, at, reason, deadline, ReportAction.RETURNED);
    }

    /** Tiếp nhận: SUBMITTED → ACCEPTED, locked. */
    public void accept(String by, Instant at, String note) {
        if (status != ReportStatus.SUBMITTED) {
            throw new ConflictException(status == ReportStatus.ACCEPTED ? "Báo cáo đã được tiếp nhận"
                    : "Chỉ tiếp nhận được báo cáo đã gửi");
        }
        acceptedAt = at;
        acceptedBy = by;
        status = ReportStatus.ACCEPTED;
        requirement.follow(status);
        record(at, by, ReportAction.ACCEPTED, ReportStatus.SUBMITTED, status, note);
        touch(by, at);
    }

    /** Mở lại: ACCEPTED → RETURNED with a reason; the unit must send it again by {@code deadline}. */
    public void reopen(String by, Instant at, String reason, ReportingDeadline deadline) {
        if (status != ReportStatus.ACCEPTED) {
            throw new ConflictException("Chỉ mở lại được báo cáo đã được tiếp nhận");
        }
        acceptedAt = null;
        acceptedBy = null;
        reopenWith(by, at, reason, deadline, ReportAction.REOPENED);
    }

    /** A deadline change of the unit's requirement, in the report's history. */
    public void deadlineExtended(String by, Instant at, String reason) {
        record(at, by, ReportAction.DEADLINE_EXTENDED, status, status, reason);
    }

    public boolean late() {
        return lateSeconds != null && lateSeconds > 0;
    }

    /** The reason of the latest return or reopen, if any. */
    public String lastReturnReason() {
        for (int i = history.size() - 1; i >= 0; i--) {
            ReportHistory h = history.get(i);
            if (h.action == ReportAction.RETURNED || h.action == ReportAction.REOPENED) {
                return h.reason;
            }
        }
        return null;
    }

    /** Whole seconds (rounded up) from {@code dueAt} to {@code at}; 0 when on time. */
    public static long lateSeconds(Instant dueAt, Instant at) {
        if (!at.isAfter(dueAt)) {
            return 0;
        }
        Duration d = Duration.between(dueAt, at);
        return d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
    }

    private void reopenWith(String by, Instant at, String reason, ReportingDeadline deadline,
            ReportAction action) {
        ReportStatus from = status;
        status = ReportStatus.RETURNED;
        returnedCount++;
        requirement.setDeadline(deadline, reason);
        requirement.follow(status);
        record(at, by, action, from, status, reason);
        touch(by, at);
    }

    private void markSubmitted(Instant at) {
        status = ReportStatus.SUBMITTED;
        submittedAt = at;
        lateSeconds = lateSeconds(requirement.effectiveDueAt(), at);
        requirement.follow(status);
    }

    private void touch(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }

    private void record(Instant at, String actor, ReportAction action, ReportStatus from, ReportStatus to,
            String reason) {
        history.add(ReportHistory.of(this, at, actor, action, from, to, reason));
    }
}
