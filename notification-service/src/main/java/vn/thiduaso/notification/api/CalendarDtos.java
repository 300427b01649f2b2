package vn.thiduaso.notification.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thiduaso.platform.calendar.CalendarDay;
import vn.thiduaso.notification.service.WorkingCalendarService.YearView;

/** Request and response records of /api/v1/calendar/working-days. */
public final class CalendarDtos {

    public record DayView(LocalDate date, @Schema(implementation = CalendarDay.Kind.class) String kind, String name) {
    }

    public record WorkingDaysView(int year,
            @Schema(description = "Nguồn dữ liệu của năm / where the days come from") String source,
            @Schema(description = "Quản trị đã sửa / an administrator edited it") boolean edited,
            Instant changedAt, String changedBy,
            @Schema(description = "Phiên bản (gửi lại khi sửa) / version to send back; null khi chưa có dữ liệu") Long version,
            List<DayView> days) {

        public static WorkingDaysView of(YearView y) {
            return new WorkingDaysView(y.year(), y.source(), y.edited(), y.changedAt(), y.changedBy(), y.version(),
                    y.days().stream().map(d -> new DayView(d.date(), d.kind().name(), d.name())).toList());
        }
    }

    public record DayRequest(
            @NotNull(message = "Cần ngày (yyyy-MM-dd)") LocalDate date,
            @NotNull(message = "Cần loại ngày")
            @Pattern(regexp = "DAY_OFF|WORKING_DAY", message = "Loại ngày chỉ có thể là DAY_OFF hoặc WORKING_DAY")
            @Schema(implementation = CalendarDay.Kind.class)
            String kind,
            @NotBlank(message = "Cần tên ngày nghỉ hoặc ngày làm bù")
            @Size(max = 200, message = "Tên tối đa 200 ký tự")
            String name) {

        public CalendarDay toCalendarDay() {
            return new CalendarDay(date, CalendarDay.Kind.valueOf(kind), name);
        }
    }

    /** The whole year's exceptions (an empty list: weekends only); {@code version} as read, to detect a concurrent edit. */
    public record WorkingDaysRequest(
            @NotNull(message = "Cần danh sách ngày (có thể rỗng)")
            @Size(max = 366, message = "Tối đa 366 ngày")
            List<@NotNull(message = "Ngày không được trống") @Valid DayRequest> days,
            Long version) {
    }

    private CalendarDtos() {
    }
}
