package vn.thiduaso.report.domain;

import java.time.Instant;
import java.util.UUID;

/** What lists show of a requirement's report (no sections): status, version, submission and lateness. */
public record ReportSummary(UUID id, UUID requirementId, ReportStatus status, long version, Instant submittedAt,
        Long lateSeconds) {

    public boolean late() {
        return lateSeconds != null && lateSeconds > 0;
    }

    public long lateSecondsOrZero() {
        return lateSeconds == null ? 0 : lateSeconds;
    }
}
