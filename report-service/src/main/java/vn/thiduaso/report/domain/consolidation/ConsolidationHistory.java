package vn.thiduaso.report.domain.consolidation;

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

/** Lịch sử: one step of a consolidated report (who, when, what, from which status to which, why). */
@Entity
@Table(name = "consolidated_history")
public class ConsolidationHistory {

    public enum Action {
        ASSEMBLED, REASSEMBLED, EDITED, APPROVED, SUBMITTED
    }

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consolidation_id")
    public ConsolidatedReport consolidation;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ConsolidationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public ConsolidationStatus toStatus;

    @Column(columnDefinition = "text")
    public String reason;

    static ConsolidationHistory of(ConsolidatedReport c, Instant at, String actor, Action action,
            ConsolidationStatus from, ConsolidationStatus to, String reason) {
        ConsolidationHistory h = new ConsolidationHistory();
        h.id = UUID.randomUUID();
        h.consolidation = c;
        h.at = at;
        h.actor = actor;
        h.action = action;
        h.fromStatus = from;
        h.toStatus = to;
        h.reason = reason;
        return h;
    }
}
