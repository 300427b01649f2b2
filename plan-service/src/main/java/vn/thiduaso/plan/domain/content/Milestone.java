package vn.thiduaso.plan.domain.content;

import java.time.LocalDate;
import java.util.UUID;

/** Mốc thời gian: launch, unit plans due, sơ kết, tổng kết — by date, or by month and year, or by year. */
public record Milestone(UUID id, Kind kind, String title, LocalDate date, Integer month, Integer year) {

    public enum Kind {
        LAUNCH, UNIT_PLANS_DUE,
        /** Sơ kết. */
        PRELIMINARY_REVIEW,
        /** Tổng kết. */
        FINAL_REVIEW,
        OTHER
    }
}
