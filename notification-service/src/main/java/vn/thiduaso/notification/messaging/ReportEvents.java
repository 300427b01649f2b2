package vn.thiduaso.notification.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Payloads of the {@code reports} topic that this service reads (docs/events.md): only the fields it
 * uses, with the constraints it needs (a violation sends the record to the dead-letter topic).
 */
public final class ReportEvents {

    /** One unit that must report in the period. */
    public record Requirement(UUID requirementId, @NotNull UUID unitId, @NotBlank String unitPath,
            @NotBlank String unitName) {
    }

    /** Payload of {@code ReportingPeriodOpened} v1: one per (obligation, year). */
    public record ReportingPeriodOpened(@NotNull UUID periodId, @NotNull UUID planId, String planNumber,
            @NotBlank String planTitle, UUID obligationId, Integer year, String kind, @NotBlank String title,
            UUID recipientUnitId, String recipientUnitPath, @NotBlank String recipientUnitName, LocalDate dueDate,
            @NotNull Instant dueAt, @NotNull List<@NotNull @Valid Requirement> requirements) {
    }

    /**
     * Payload of {@code ReportingPeriodChanged} v1: the period's current due date and requirements
     * after a plan amendment, and the units whose requirement was withdrawn.
     */
    public record ReportingPeriodChanged(@NotNull UUID periodId, @NotNull UUID planId, String planNumber,
            @NotBlank String planTitle, Integer year, String kind, @NotBlank String title, UUID recipientUnitId,
            String recipientUnitPath, @NotBlank String recipientUnitName, LocalDate dueDate, @NotNull Instant dueAt,
            @NotNull List<@NotNull @Valid Requirement> requirements, List<@NotNull UUID> withdrawnUnitIds) {

        /** The same period seen as opened, so that a new requirement gets its deadline the usual way. */
        public ReportingPeriodOpened asOpened() {
            return new ReportingPeriodOpened(periodId, planId, planNumber, planTitle, null, year, kind, title,
                    recipientUnitId, recipientUnitPath, recipientUnitName, dueDate, dueAt, requirements);
        }
    }

    /** {@code ReportSubmitted} v1: the unit's report was sent (after its leader's confirmation when required). */
    public record ReportSubmitted(UUID reportId, UUID requirementId, @NotNull UUID periodId, @NotNull UUID unitId,
            Instant submittedAt, Boolean late, Long lateSeconds) {
    }

    /** {@code ReportReturned} v1: the office returned the report; dueDate/dueAt = the unit's new deadline. */
    public record ReportReturned(UUID reportId, UUID requirementId, @NotNull UUID periodId, @NotNull UUID unitId,
            String reason, Instant returnedAt, String returnedBy, LocalDate dueDate, @NotNull Instant dueAt) {
    }

    /** {@code ReportAccepted} v1. */
    public record ReportAccepted(UUID reportId, @NotNull UUID periodId, @NotNull UUID unitId, Instant acceptedAt) {
    }

    /** {@code ReportReopened} v1: an accepted report must be sent again by dueAt. */
    public record ReportReopened(UUID reportId, UUID requirementId, @NotNull UUID periodId, @NotNull UUID unitId,
            String reason, Instant reopenedAt, String reopenedBy, LocalDate dueDate, @NotNull Instant dueAt) {
    }

    /**
     * {@code DeadlineExtended} v1: the period's deadline moved for the listed units (every active
     * requirement when for everyone; an empty list with forEveryone = every deadline of the period).
     */
    public record DeadlineExtended(@NotNull UUID periodId, List<@NotNull UUID> unitIds, Boolean forEveryone,
            LocalDate dueDate, @NotNull Instant dueAt, String reason, Instant extendedAt) {
    }

    /** {@code ConsolidatedReportSubmitted} v1: the commune (unitId) sent its consolidated report onwards. */
    public record ConsolidatedReportSubmitted(UUID consolidationId, UUID sourcePeriodId, UUID secondHopPeriodId,
            @NotNull UUID unitId, Instant submittedAt, Boolean late, Long lateSeconds) {
    }

    private ReportEvents() {
    }
}
