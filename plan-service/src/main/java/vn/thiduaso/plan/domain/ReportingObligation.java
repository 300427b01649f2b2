package vn.thiduaso.plan.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Nghĩa vụ báo cáo: every addressed unit reports to {@code recipientUnitId} before
 * {@code dueDay}/{@code dueMonth} of each year from {@code firstYear} to {@code lastYear}.
 */
@Entity
@Table(name = "reporting_obligation")
public class ReportingObligation {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    @Column(name = "recipient_unit_id", nullable = false)
    public UUID recipientUnitId;

    @Column(name = "due_day", nullable = false)
    public int dueDay;

    @Column(name = "due_month", nullable = false)
    public int dueMonth;

    @Column(name = "first_year", nullable = false)
    public int firstYear;

    @Column(name = "last_year", nullable = false)
    public int lastYear;
}
