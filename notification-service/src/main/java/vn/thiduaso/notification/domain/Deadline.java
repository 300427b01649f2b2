package vn.thiduaso.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Hạn báo cáo: one unit must send one report of a reporting period to the recipient unit before
 * {@link #dueAt}. Learned from {@code ReportingPeriodOpened}; unique per (period, unit).
 */
@Entity
@Table(name = "deadline")
public class Deadline {

    @Id
    public UUID id;

    @Column(name = "period_id", nullable = false)
    public UUID periodId;

    @Column(name = "requirement_id")
    public UUID requirementId;

    /** The plan of a report deadline; null for award deadlines (an ad hoc round has no plan). */
    @Column(name = "plan_id")
    public UUID planId;

    /** What the deadline is for (a report, a round's nominations, a council member's ballot). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeadlineSource source = DeadlineSource.REPORT;

    /** A ballot deadline's council member: the one person it concerns (null for unit deadlines). */
    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "plan_number")
    public String planNumber;

    @Column(name = "plan_title", nullable = false)
    public String planTitle;

    /** The report asked for, e.g. "Báo cáo kết quả thực hiện Phong trào thi đua năm 2026". */
    @Column(nullable = false)
    public String title;

    @Column(name = "period_year")
    public Integer periodYear;

    @Column(name = "period_kind")
    public String periodKind;

    /** The responsible unit (the one that reports). */
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "unit_path", nullable = false)
    public String unitPath;

    @Column(name = "unit_name", nullable = false)
    public String unitName;

    /** Where the report goes, e.g. Phòng Văn hóa - Xã hội. */
    @Column(name = "recipient_unit_id")
    public UUID recipientUnitId;

    @Column(name = "recipient_unit_path")
    public String recipientUnitPath;

    @Column(name = "recipient_unit_name")
    public String recipientUnitName;

    /** The instant the deadline falls: "trước ngày 05/12" = 05/12 00:00 Asia/Ho_Chi_Minh. */
    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    /** The local date named in the plan ("trước ngày 05/12/2026"). */
    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeadlineStatus status = DeadlineStatus.OPEN;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The office moved this unit's deadline (for it alone or for everyone). */
    @Column(nullable = false)
    public boolean extended;

    /**
     * Which reminder ladder is current: a return, a reopening, an extension or a moved period
     * starts a new one, so that its steps are sent again for the new due instant.
     */
    @Column(nullable = false)
    public int cycle = 1;

    @Column(name = "report_id")
    public UUID reportId;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    public Boolean late;

    @Column(name = "late_seconds")
    public Long lateSeconds;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    /** The reason of the latest return, reopening or extension. */
    @Column(name = "last_reason")
    public String lastReason;

    /** When the status last changed by an event. */
    @Column(name = "status_at")
    public Instant statusAt;

    /**
     * The period's deadline moved (an amended plan): an open deadline follows (and gets a new ladder),
     * a withdrawn, submitted or accepted one keeps its history.
     */
    public boolean moveTo(Instant newDueAt, LocalDate newDueDate) {
        if (status != DeadlineStatus.OPEN || (dueAt.equals(newDueAt) && dueDate.equals(newDueDate))) {
            return false;
        }
        dueAt = newDueAt;
        dueDate = newDueDate;
        cycle++;
        return true;
    }

    /** The unit sent its report: no more reminders. */
    public void submitted(UUID report, Instant at, Boolean wasLate, Long secondsLate) {
        if (status == DeadlineStatus.WITHDRAWN || status == DeadlineStatus.ACCEPTED) {
            return;
        }
        status = DeadlineStatus.SUBMITTED;
        reportId = report != null ? report : reportId;
        submittedAt = at;
        late = wasLate;
        lateSeconds = secondsLate;
        statusAt = at;
    }

    public void accepted(UUID report, Instant at) {
        if (status == DeadlineStatus.WITHDRAWN) {
            return;
        }
        status = DeadlineStatus.ACCEPTED;
        reportId = report != null ? report : reportId;
        acceptedAt = at;
        statusAt = at;
    }

    /**
     * The report came back (returned, or an accepted one reopened): the unit must send it again by
     * the new due instant, with a new reminder ladder. False for a withdrawn deadline.
     */
    public boolean reopen(Instant newDueAt, LocalDate newDueDate, String reason, Instant at) {
        if (status == DeadlineStatus.WITHDRAWN) {
            return false;
        }
        status = DeadlineStatus.OPEN;
        dueAt = newDueAt;
        dueDate = newDueDate;
        lastReason = reason;
        acceptedAt = null;
        statusAt = at;
        cycle++;
        return true;
    }

    /** The office extended the deadline; an open one gets a new ladder. */
    public boolean extend(Instant newDueAt, LocalDate newDueDate, String reason) {
        if (status == DeadlineStatus.WITHDRAWN || (dueAt.equals(newDueAt) && extended)) {
            return false;
        }
        dueAt = newDueAt;
        dueDate = newDueDate;
        extended = true;
        lastReason = reason;
        if (status == DeadlineStatus.OPEN) {
            cycle++;
        }
        return true;
    }

    /**
     * An award round lists the unit again (or reopened): a withdrawn deadline is open again with a new
     * ladder. False when it was not withdrawn.
     */
    public boolean reinstate(Instant newDueAt, LocalDate newDueDate, Instant at) {
        if (status != DeadlineStatus.WITHDRAWN) {
            return false;
        }
        status = DeadlineStatus.OPEN;
        dueAt = newDueAt;
        dueDate = newDueDate;
        statusAt = at;
        cycle++;
        return true;
    }

    /** No longer due (a closed round, a unit no longer listed, a closed ballot): kept, reminders stop. */
    public boolean withdraw(Instant at) {
        if (status != DeadlineStatus.OPEN) {
            return false;
        }
        status = DeadlineStatus.WITHDRAWN;
        statusAt = at;
        return true;
    }

    /** The last day on which the report is on time ("trước ngày 05/12" → 04/12). */
    public LocalDate lastDay() {
        return DeadlineState.lastDay(dueAt);
    }
}
