package vn.thiduaso.report.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** What a reporting period covers; the obligation's {@code kind} in the plan (docs/plan-model.md). */
public enum PeriodKind {
    /** Báo cáo hằng năm: one period per year firstYear..lastYear. */
    ANNUAL,
    /** Sơ kết: one period, in the review's single year. */
    PRELIMINARY_REVIEW,
    /** Tổng kết: one period, in the review's single year. */
    FINAL_REVIEW,
    /** Báo cáo đột xuất: one period due on its own date. */
    AD_HOC;

    /** The years an obligation of this kind opens periods for. */
    public List<Integer> years(int firstYear, int lastYear, LocalDate dueDate) {
        return switch (this) {
            case ANNUAL -> IntStream.rangeClosed(firstYear, lastYear).boxed().toList();
            case PRELIMINARY_REVIEW, FINAL_REVIEW -> List.of(firstYear);
            case AD_HOC -> List.of(dueDate.getYear());
        };
    }

    /** The deadline of the period of {@code year}: day/month of that year, or the AD_HOC date. */
    public ReportingDeadline deadline(int year, Integer dueMonth, Integer dueDay, LocalDate dueDate) {
        return this == AD_HOC ? ReportingDeadline.on(dueDate) : ReportingDeadline.of(year, dueMonth, dueDay);
    }
}
