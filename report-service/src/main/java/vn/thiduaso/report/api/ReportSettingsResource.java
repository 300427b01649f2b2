package vn.thiduaso.report.api;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.report.domain.DirectoryUnit;
import vn.thiduaso.report.service.UnitSettingsService;

@Path("/api/v1/report-settings/units/{unitId}")
@Tag(name = "Cấu hình báo cáo / Report settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ReportSettingsResource {

    public record UnitSettings(UUID unitId, String unitName, String unitPath, boolean leaderConfirmationRequired) {

        static UnitSettings of(DirectoryUnit u) {
            return new UnitSettings(u.id, u.name, u.path, u.leaderConfirmationRequired);
        }
    }

    public record UpdateUnitSettings(
            @NotNull(message = "Cần chọn có hoặc không") Boolean leaderConfirmationRequired) {
    }

    private final UnitSettingsService settings;
    private final CallerScope caller;

    public ReportSettingsResource(UnitSettingsService settings, CallerScope caller) {
        this.settings = settings;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Cấu hình báo cáo của một đơn vị (có cần lãnh đạo xác nhận trước khi gửi) / A unit's report settings (whether a leader confirms before submitting)")
    public UnitSettings get(@PathParam("unitId") UUID unitId) {
        return UnitSettings.of(settings.get(caller, unitId));
    }

    @PUT
    @Operation(summary = "Đặt cấu hình báo cáo của một đơn vị (Phòng VH-XH hoặc quản trị trong phạm vi) / Set a unit's report settings (culture-social office or administrator in scope)",
            description = "Áp dụng cho các lần gửi sau; báo cáo đang chờ xác nhận vẫn chờ.")
    public UnitSettings update(@PathParam("unitId") UUID unitId,
            @Valid @NotNull(message = "Cần nội dung cấu hình") UpdateUnitSettings request) {
        return UnitSettings.of(settings.update(caller, unitId, request.leaderConfirmationRequired()));
    }
}
