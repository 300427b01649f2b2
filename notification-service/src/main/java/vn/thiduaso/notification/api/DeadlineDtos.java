package vn.thiduaso.notification.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thiduaso.notification.domain.Deadline;
import vn.thiduaso.notification.service.DeadlineService.Listed;
import vn.thiduaso.notification.service.ManualReminderService;

/** Request and response records of /api/v1/deadlines. */
public final class DeadlineDtos {

    public record DeadlineView(UUID id, UUID periodId, UUID requirementId, UUID planId, String planTitle, String title,
            UUID unitId, String unitName, String unitPath, String recipientUnitName, Instant dueAt, LocalDate dueDate,
            @Schema(description = "Ngày cuối nộp đúng hạn (dueDate − 1 khi hạn là 00:00) / last on-time day") LocalDate lastDay,
            @Schema(implementation = vn.thiduaso.notification.domain.DeadlineStatus.class) String status,
            @Schema(implementation = vn.thiduaso.notification.domain.DeadlineState.class,
                    description = "Trạng thái theo thời gian và sự kiện / state from time and events") String state,
            @Schema(description = "Đã gia hạn / the office extended it") boolean extended,
            @Schema(description = "Số ngày (lịch Việt Nam) đến ngày hạn; âm khi đã quá / calendar days to the due date") long daysLeft,
            Instant submittedAt, Boolean late) {

        public static DeadlineView of(Listed listed) {
            Deadline d = listed.deadline();
            return new DeadlineView(d.id, d.periodId, d.requirementId, d.planId, d.planTitle, d.title, d.unitId, d.unitName,
                    d.unitPath, d.recipientUnitName, d.dueAt, d.dueDate, d.lastDay(), d.status.name(), listed.state().name(),
                    d.extended, listed.daysLeft(), d.submittedAt, d.late);
        }
    }

    public record RemindRequest(
            @NotNull(message = "Cần chọn kỳ báo cáo") UUID periodId,
            @NotEmpty(message = "Cần chọn ít nhất một đơn vị")
            @Size(max = 500, message = "Tối đa 500 đơn vị mỗi lần")
            List<@NotNull(message = "Mã đơn vị không được trống") UUID> unitIds) {
    }

    public record RemindResult(UUID unitId, String unitName,
            @Schema(implementation = ManualReminderService.Outcome.class) String outcome, int recipients) {

        public static RemindResult of(ManualReminderService.Result r) {
            return new RemindResult(r.deadline().unitId, r.deadline().unitName, r.outcome().name(), r.recipients());
        }
    }

    public record RemindResponse(List<RemindResult> results) {
    }

    private DeadlineDtos() {
    }
}
