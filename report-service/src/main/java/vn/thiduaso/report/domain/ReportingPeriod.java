package vn.thiduaso.report.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Kỳ báo cáo: the reports one reporting obligation of a plan asks for in one year. Plan and unit
 * data are copied from the event that opened it, so that lists and scope checks need no other service.
 */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod {

    /** "… hằng năm" / "… hàng năm" at the end of an obligation title: the year replaces it. */
    private static final Pattern YEARLY_SUFFIX = Pattern.compile("\\s*(hằng|hàng)\\s+năm\\s*\\.?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    /** Số/ký hiệu of the plan, e.g. {@code 150/KH-UBND}. */
    @Column(name = "plan_number")
    public String planNumber;

    @Column(name = "plan_title", nullable = false)
    public String planTitle;

    @Column(name = "obligation_id", nullable = false)
    public UUID obligationId;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PeriodKind kind;

    @Column(nullable = false)
    public String title;

    /** Đơn vị nhận báo cáo, e.g. Phòng Văn hóa - Xã hội. */
    /** Null for a second-hop recipient the directory does not know (only its name is given). */
    @Column(name = "recipient_unit_id")
    public UUID recipientUnitId;

    @Column(name = "recipient_unit_path")
    public String recipientUnitPath;

    @Column(name = "recipient_unit_name", nullable = false)
    public String recipientUnitName;

    @Column(name = "issuing_unit_id", nullable = false)
    public UUID issuingUnitId;

    @Column(name = "issuing_unit_path", nullable = false)
    public String issuingUnitPath;

    /** The issuing unit's own report onwards (to the secondHop recipient), not its reporters' reports to it. */
    @Column(name = "second_hop", nullable = false)
    public boolean secondHop;

    /** The local date named by the plan ("trước ngày 05/12"). */
    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    /** The instant reports are due: {@link #dueDate} 00:00 in Asia/Ho_Chi_Minh. */
    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    /** The deadline as the plan set it, kept when the office extends it for everyone (null = never extended). */
    @Column(name = "original_due_at")
    public Instant originalDueAt;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    /** The PlanIssued event that opened this period (for tracing). */
    @Column(name = "opened_by_event", nullable = false)
    public UUID openedByEvent;

    @OneToMany(mappedBy = "period", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ReportRequirement> requirements = new ArrayList<>();

    @Version
    public long version;

    /** Moves the deadline when it has not passed yet; a passed deadline stays (late reports stay late). */
    public boolean moveDeadline(ReportingDeadline deadline, Instant now) {
        if (deadline.dueAt().equals(dueAt) || !dueAt.isAfter(now)) {
            return false;
        }
        dueDate = deadline.dueDate();
        dueAt = deadline.dueAt();
        return true;
    }

    /**
     * Gia hạn cho tất cả: the period's deadline moves to {@code deadline}; the plan's own deadline is
     * kept once in {@link #originalDueAt}. Per-unit deadlines earlier than the new one give way to it.
     */
    public void extend(ReportingDeadline deadline) {
        if (originalDueAt == null) {
            originalDueAt = dueAt;
        }
        dueDate = deadline.dueDate();
        dueAt = deadline.dueAt();
    }

    public java.util.Optional<ReportRequirement> requirementOf(UUID unitId) {
        return requirements.stream().filter(r -> r.unitId.equals(unitId)).findFirst();
    }

    /** Adds the requirement that {@code unit} reports in this period. */
    public ReportRequirement require(UnitSnapshot unit) {
        ReportRequirement requirement = new ReportRequirement();
        requirement.id = UUID.randomUUID();
        requirement.period = this;
        requirement.position = requirements.size();
        requirement.unitId = unit.id();
        requirement.unitPath = unit.path();
        requirement.unitName = unit.name();
        requirement.status = RequirementStatus.PENDING;
        requirements.add(requirement);
        return requirement;
    }

    /**
     * "Báo cáo kết quả thực hiện Phong trào thi đua" + 2026 → "Báo cáo kết quả thực hiện Phong trào
     * thi đua năm 2026". Without an obligation title the plan's title is reported on; a trailing
     * "hằng năm" gives way to the year.
     */
    public static String annualTitle(String obligationTitle, String planTitle, int year) {
        String subject = obligationTitle != null && !obligationTitle.isBlank()
                ? obligationTitle.strip()
                : "Báo cáo kết quả thực hiện " + planTitle.strip();
        return YEARLY_SUFFIX.matcher(subject).replaceFirst("") + " năm " + year;
    }
}
