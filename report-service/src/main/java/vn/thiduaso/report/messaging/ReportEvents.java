package vn.thiduaso.report.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.outbox.Outbox;
import vn.thiduaso.report.domain.ReportRequirement;
import vn.thiduaso.report.domain.ReportingPeriod;

/** Writes report events to the outbox; the payload records are the contract in docs/events.md. */
@ApplicationScoped
public class ReportEvents {

    public record RequirementRef(UUID requirementId, UUID unitId, String unitPath, String unitName) {
    }

    /** Payload of {@code ReportingPeriodOpened} v1. */
    public record ReportingPeriodOpened(UUID periodId, UUID planId, String planNumber, String planTitle,
            UUID obligationId, int year, String kind, String title, UUID recipientUnitId, String recipientUnitPath,
            String recipientUnitName, LocalDate dueDate, Instant dueAt, List<RequirementRef> requirements) {
    }

    /**
     * Payload of {@code ReportingPeriodChanged} v1: the period as it stands after a plan amendment
     * (due date and the active requirements), the previous due instant and the withdrawn units.
     */
    public record ReportingPeriodChanged(UUID periodId, UUID planId, String planNumber, String planTitle,
            UUID obligationId, int year, String kind, boolean secondHop, String title, UUID recipientUnitId,
            String recipientUnitPath, String recipientUnitName, LocalDate dueDate, Instant dueAt,
            Instant previousDueAt, List<RequirementRef> requirements, List<UUID> withdrawnUnitIds) {
    }

    private final Outbox outbox;

    public ReportEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Keyed by the period id; the envelope's unitPath is the plan's issuing unit (for routing and scope). */
    public void periodOpened(ReportingPeriod p) {
        List<RequirementRef> requirements = p.requirements.stream()
                .filter(ReportRequirement::active)
                .map(r -> new RequirementRef(r.id, r.unitId, r.unitPath, r.unitName))
                .toList();
        outbox.publish(Topics.REPORTS, EventTypes.REPORTING_PERIOD_OPENED, 1, p.id.toString(), p.issuingUnitPath,
                new ReportingPeriodOpened(p.id, p.planId, p.planNumber, p.planTitle, p.obligationId, p.year,
                        p.kind.name(), p.title, p.recipientUnitId, p.recipientUnitPath, p.recipientUnitName,
                        p.dueDate, p.dueAt, requirements));
    }

    public void periodChanged(ReportingPeriod p, Instant previousDueAt, List<UUID> withdrawnUnitIds) {
        List<RequirementRef> requirements = p.requirements.stream()
                .filter(ReportRequirement::active)
                .map(r -> new RequirementRef(r.id, r.unitId, r.unitPath, r.unitName))
                .toList();
        outbox.publish(Topics.REPORTS, EventTypes.REPORTING_PERIOD_CHANGED, 1, p.id.toString(), p.issuingUnitPath,
                new ReportingPeriodChanged(p.id, p.planId, p.planNumber, p.planTitle, p.obligationId, p.year,
                        p.kind.name(), p.secondHop, p.title, p.recipientUnitId, p.recipientUnitPath,
                        p.recipientUnitName, p.dueDate, p.dueAt, previousDueAt, requirements, withdrawnUnitIds));
    }
}
