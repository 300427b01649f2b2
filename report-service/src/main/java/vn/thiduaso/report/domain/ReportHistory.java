package vn.thiduaso.report.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Lịch sử: one step of a report (who, when, what, from which status to which, why). */
@Entity
@Table(name = "report_history")
public class ReportHistory {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    public Report report;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ReportStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public ReportStatus toStatus;

    @Column(columnDefinition = "text")
    public String reason;

    static ReportHistory of(Report report, Instant at, String actor, ReportAction action, ReportStatus from,
            ReportStatus to, String reason) {
        ReportHistory h = new ReportHistory();
        h.id = UUID.randomUUID();
        h.report = report;
        h.at = at;
        h.actor = actor;
        h.action = action;
        h.fromStatus = from;
        h.toStatus = to;
        h.reason = reason;
        return h;
    }
}
