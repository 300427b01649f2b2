package vn.thiduaso.award.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Payloads award-service reads from plan-service's directory topics ({@code directory.units},
 * {@code directory.users}, {@code directory.clusters}) and from report-service's {@code reports}: only
 * the fields it keeps, with the constraints it relies on (docs/events.md).
 */
public final class DirectoryEvents {

    private static final String PATH = "/.*";

    /** {@code UnitUpserted} v1: a missing {@code active} means true. */
    public record UnitUpserted(@NotNull UUID id, String code, @NotBlank String name, String kind,
            @NotNull @Pattern(regexp = PATH) String path, UUID parentId, Boolean active, String headName,
            String email) {
    }

    /** {@code UserUpserted} v1 (never a password). */
    public record UserUpserted(@NotNull UUID id, @NotBlank String username, String fullName, String email,
            List<@NotBlank String> roles, UUID unitId, @Pattern(regexp = PATH) String unitPath, Boolean active) {
    }

    /** {@code ClusterUpserted} v1: a khối thi đua of a commune for a year. */
    public record ClusterUpserted(@NotNull UUID id, @NotNull UUID communeId,
            @NotNull @Pattern(regexp = PATH) String communePath, @NotBlank String name, @NotNull Integer year,
            UUID headUnitId, UUID deputyUnitId, List<@NotNull UUID> memberUnitIds) {
    }

    /** {@code ReportAccepted} v1. */
    public record ReportAccepted(@NotNull UUID reportId, UUID periodId, UUID planId, Integer year,
            @NotNull UUID unitId, @NotNull @Pattern(regexp = PATH) String unitPath, String unitName,
            Instant acceptedAt) {
    }

    /** {@code ReportReopened} v1: the report is no longer accepted. */
    public record ReportReopened(@NotNull UUID reportId) {
    }

    private DirectoryEvents() {
    }
}
