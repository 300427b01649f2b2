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

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

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

    /** The period's deadline moved (an amended plan): an open deadline follows, a withdrawn one keeps its history. */
    public boolean moveTo(Instant newDueAt, LocalDate newDueDate) {
        if (status != DeadlineStatus.OPEN || (dueAt.equals(newDueAt) && dueDate.equals(newDueDate))) {
            return false;
        }
        dueAt = newDueAt;
        dueDate = newDueDate;
        return true;
    }
}
