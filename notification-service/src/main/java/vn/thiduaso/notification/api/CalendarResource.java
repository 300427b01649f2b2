package vn.thiduaso.notification.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.notification.api.CalendarDtos.DayRequest;
import vn.thiduaso.notification.api.CalendarDtos.WorkingDaysRequest;
import vn.thiduaso.notification.api.CalendarDtos.WorkingDaysView;
import vn.thiduaso.notification.service.CalendarFeedService;
import vn.thiduaso.notification.service.WorkingCalendarService;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.security.CallerScope;

@Path("/api/v1/calendar")
@Tag(name = "Lịch / Calendar")
public class CalendarResource {

    static final String TEXT_CALENDAR = "text/calendar";

    private final CalendarFeedService feeds;
    private final WorkingCalendarService workingDays;
    private final CallerScope caller;

    public CalendarResource(CalendarFeedService feeds, WorkingCalendarService workingDays, CallerScope caller) {
        this.feeds = feeds;
        this.workingDays = workingDays;
        this.caller = caller;
    }

    /** No login: the token in the URL is the secret (Google Calendar and Outlook fetch it unattended). */
    @GET
    @Path("/{token: [A-Za-z0-9_-]{20,64}}.ics")
    @Produces(TEXT_CALENDAR)
    @PermitAll
    @Operation(summary = "Lịch iCalendar của một người dùng (địa chỉ bí mật, không cần đăng nhập): mỗi hạn báo cáo trong phạm vi là một sự kiện cả ngày / A user's iCalendar feed (secret address, no sign-in): each report deadline in scope is an all-day event")
    @APIResponse(responseCode = "200", description = "Tệp iCalendar / iCalendar file",
            content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response feed(@PathParam("token") String token) {
        return Response.ok(feeds.ics(token), TEXT_CALENDAR + ";charset=utf-8")
                .header("Cache-Control", "private, max-age=300")
                .header("Content-Disposition", "inline; filename=\"thiduaso.ics\"")
                .build();
    }

    @GET
    @Path("/working-days/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Ngày nghỉ lễ, Tết và ngày làm bù của một năm (ngoài thứ Bảy, Chủ nhật) / Public holidays, Tết and make-up working days of a year (besides weekends)")
    public WorkingDaysView get(@PathParam("year") String year) {
        return WorkingDaysView.of(workingDays.get(caller, year(year)));
    }

    @PUT
    @Path("/working-days/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Quản trị sửa ngày nghỉ và ngày làm bù của một năm; lịch nhắc hạn được lập lại và các dịch vụ khác được báo / Administrator edits a year's holidays and make-up days; reminders are re-planned and other services told")
    public WorkingDaysView put(@PathParam("year") String year,
            @Valid @NotNull(message = "Cần nội dung yêu cầu") WorkingDaysRequest request) {
        return WorkingDaysView.of(workingDays.put(caller, year(year),
                request.days().stream().map(DayRequest::toCalendarDay).toList(), request.version()));
    }

    private static int year(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("year", "Năm phải là một số, ví dụ 2027");
        }
    }
}
