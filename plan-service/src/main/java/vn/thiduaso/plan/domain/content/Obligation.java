package vn.thiduaso.plan.domain.content;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Nghĩa vụ báo cáo: who reports, to whom, what for ({@code kind}), by when, for which years, and an
 * optional second hop (the commune reports onwards to the city/province board, "trước ngày 15/11").
 * ANNUAL: "trước ngày dueDay/dueMonth hằng năm" for every year firstYear..lastYear; the review kinds
 * concern one year (firstYear = lastYear); AD_HOC has a {@code dueDate}.
 */
public record Obligation(UUID id, String title, Occasion kind, Reporters reporters, UUID recipientUnitId,
        Integer dueDay, Integer dueMonth, LocalDate dueDate, Integer firstYear, Integer lastYear,
        SecondHop secondHop) {

    /** ADDRESSEES: every addressee; LISTED: {@code unitIds}; KINDS: every addressee of {@code unitKinds}. */
    public record Reporters(Mode mode, List<UUID> unitIds, List<String> unitKinds) {

        public enum Mode {
            ADDRESSEES, LISTED, KINDS
        }
    }

    public record SecondHop(String recipientName, UUID recipientUnitId, Integer dueDay, Integer dueMonth) {
    }
}
