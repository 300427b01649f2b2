package vn.thiduaso.notification.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Payloads of the {@code reports} topic that this service reads (docs/events.md). */
public final class ReportEvents {

    /** One unit that must report in the period. */
    public record Requirement(UUID requirementId, UUID unitId, String unitPath, String unitName) {
    }

    /** Payload of {@code ReportingPeriodOpened} v1: one per (obligation, year). */
    public record ReportingPeriodOpened(UUID periodId, UUID planId, String planNumber, String planTitle,
            UUID obligationId, Integer year, String kind, String title, UUID recipientUnitId, String recipientUnitPath,
            String recipientUnitName, LocalDate dueDate, Instant dueAt, List<Requirement> requirements) {
    }

    private ReportEvents() {
    }
}
