package vn.thiduaso.report.messaging;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.outbox.Outbox;
import vn.thiduaso.report.domain.consolidation.ConsolidatedReport;

/** Writes the consolidation's events to the outbox; the payload record is the contract in docs/events.md. */
@ApplicationScoped
public class ConsolidationEvents {

    /** Payload of {@code ConsolidatedReportSubmitted} v1. */
    public record ConsolidatedReportSubmitted(UUID consolidationId, UUID sourcePeriodId, UUID secondHopPeriodId,
            UUID secondHopRequirementId, UUID planId, int year, UUID unitId, String unitPath, String unitName,
            String recipientName, Instant submittedAt, String submittedBy, Instant dueAt, boolean late,
            long lateSeconds) {
    }

    private final Outbox outbox;

    public ConsolidationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Keyed by the second-hop period (else the source period); envelope unitPath = the commune's path. */
    public void submitted(ConsolidatedReport c) {
        UUID key = c.secondHopPeriodId != null ? c.secondHopPeriodId : c.periodId;
        outbox.publish(Topics.REPORTS, EventTypes.CONSOLIDATED_REPORT_SUBMITTED, 1, key.toString(), c.unitPath,
                new ConsolidatedReportSubmitted(c.id, c.periodId, c.secondHopPeriodId, c.secondHopRequirementId,
                        c.planId, c.year, c.unitId, c.unitPath, c.unitName, c.recipientName, c.submittedAt,
                        c.submittedBy, c.dueAt, c.late(), c.lateSeconds == null ? 0 : c.lateSeconds));
    }
}
