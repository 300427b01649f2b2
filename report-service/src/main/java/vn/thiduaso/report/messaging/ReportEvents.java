package vn.thiduaso.report.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vn.thiduaso.platform.events.EventTypes;
import vn.thiduaso.platform.events.Topics;
import vn.thiduaso.platform.outbox.Outbox;
import vn.thiduaso.report.domain.Report;
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

    /** Payload of {@code ReportSubmitted} v1: a unit's report reached the office (after its leader's confirmation when required). */
    public record ReportSubmitted(UUID reportId, UUID requirementId, UUID periodId, UUID planId, int year, UUID unitId,
            String unitPath, String unitName, Instant submittedAt, String submittedBy, Instant dueAt, boolean late,
            long lateSeconds) {
    }

    /** Payload of {@code ReportReturned} v1: sent back with a reason; dueDate/dueAt = the unit's new deadline. */
    public record ReportReturned(UUID reportId, UUID requirementId, UUID periodId, UUID planId, int year, UUID unitId,
            String unitPath, String unitName, String reason, Instant returnedAt, String returnedBy, LocalDate dueDate,
            Instant dueAt) {
    }

    /** Payload of {@code ReportAccepted} v1. */
    public record ReportAccepted(UUID reportId, UUID requirementId, UUID periodId, UUID planId, int year, UUID unitId,
            String unitPath, String unitName, Instant acceptedAt, String acceptedBy) {
    }

    /** Payload of {@code ReportReopened} v1: an accepted report reopened; the unit must send it again by dueAt. */
    public record ReportReopened(UUID reportId, UUID requirementId, UUID periodId, UUID planId, int year, UUID unitId,
            String unitPath, String unitName, String reason, Instant reopenedAt, String reopenedBy, LocalDate dueDate,
            Instant dueAt) {
    }

    /**
     * Payload of {@code DeadlineExtended} v1: the units whose deadline moved, whether for everyone, the
     * deadline before (null when the units' deadlines differed), the new one and why.
     */
    public record DeadlineExtended(UUID periodId, UUID planId, int year, String title, List<UUID> unitIds,
            boolean forEveryone, Instant previousDueAt, LocalDate dueDate, Instant dueAt, String reason,
            Instant extendedAt, String extendedBy) {
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

    /** Keyed by the period id; the envelope's unitPath is the report's unit. */
    public void reportSubmitted(Report r) {
        ReportRequirement q = r.requirement;
        ReportingPeriod p = q.period;
        publish(EventTypes.REPORT_SUBMITTED, q, new ReportSubmitted(r.id, q.id, p.id, p.planId, p.year, q.unitId,
                q.unitPath, q.unitName, r.submittedAt, r.submittedBy, q.effectiveDueAt(), r.late(),
                r.lateSeconds == null ? 0 : r.lateSeconds));
    }

    public void reportReturned(Report r, String reason, Instant at, String by) {
        ReportRequirement q = r.requirement;
        ReportingPeriod p = q.period;
        publish(EventTypes.REPORT_RETURNED, q, new ReportReturned(r.id, q.id, p.id, p.planId, p.year, q.unitId,
                q.unitPath, q.unitName, reason, at, by, q.effectiveDueDate(), q.effectiveDueAt()));
    }

    public void reportAccepted(Report r) {
        ReportRequirement q = r.requirement;
        ReportingPeriod p = q.period;
        publish(EventTypes.REPORT_ACCEPTED, q, new ReportAccepted(r.id, q.id, p.id, p.planId, p.year, q.unitId,
                q.unitPath, q.unitName, r.acceptedAt, r.acceptedBy));
    }

    public void reportReopened(Report r, String reason, Instant at, String by) {
        ReportRequirement q = r.requirement;
        ReportingPeriod p = q.period;
        publish(EventTypes.REPORT_REOPENED, q, new ReportReopened(r.id, q.id, p.id, p.planId, p.year, q.unitId,
                q.unitPath, q.unitName, reason, at, by, q.effectiveDueDate(), q.effectiveDueAt()));
    }

    /** The envelope's unitPath: the one unit's path, or the plan's issuing unit for everyone. */
    public void deadlineExtended(ReportingPeriod p, String unitPath, DeadlineExtended payload) {
        outbox.publish(Topics.REPORTS, EventTypes.DEADLINE_EXTENDED, 1, p.id.toString(),
                unitPath != null ? unitPath : p.issuingUnitPath, payload);
    }

    private void publish(String type, ReportRequirement q, Object payload) {
        outbox.publish(Topics.REPORTS, type, 1, q.period.id.toString(), q.unitPath, payload);
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
