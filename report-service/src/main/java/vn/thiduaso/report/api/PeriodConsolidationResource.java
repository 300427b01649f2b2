package vn.thiduaso.report.api;

import java.net.URI;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.report.api.ConsolidationDtos.ConsolidationView;
import vn.thiduaso.report.service.consolidation.ConsolidationService;

/** The consolidation of one reporting period: assemble (again) and read. */
@Path("/api/v1/reporting-periods/{periodId}/consolidation")
@Tag(name = "Báo cáo tổng hợp / Consolidated reports")
@Produces(MediaType.APPLICATION_JSON)
public class PeriodConsolidationResource {

    private final ConsolidationService consolidations;
    private final CallerScope caller;

    public PeriodConsolidationResource(ConsolidationService consolidations, CallerScope caller) {
        this.consolidations = consolidations;
        this.caller = caller;
    }

    @POST
    @Authenticated
    @Operation(summary = "Phòng VH-XH tổng hợp (hoặc tổng hợp lại) báo cáo của xã từ các báo cáo đã tiếp nhận của kỳ / The office consolidates (or re-consolidates) the commune's report from the period's accepted reports",
            description = "Lần đầu: 201 với nội dung điền sẵn từ báo cáo các đơn vị. Lần sau (chỉ khi là dự thảo): 200, "
                    + "nguồn và chỉ tiêu được cập nhật, nội dung Phòng đã sửa được giữ. Kỳ sơ kết/tổng kết: kèm số liệu qua các năm.")
    @APIResponse(responseCode = "201", description = "Đã tổng hợp / assembled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsolidationView.class)))
    @APIResponse(responseCode = "200", description = "Đã tổng hợp lại / re-assembled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsolidationView.class)))
    public Response assemble(@PathParam("periodId") UUID periodId) {
        ConsolidationService.Assembled assembled = consolidations.assemble(caller, periodId);
        ConsolidationView view = ConsolidationView.of(assembled.detail());
        return assembled.created()
                ? Response.created(URI.create("/api/v1/consolidations/" + view.id())).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "Báo cáo tổng hợp của kỳ báo cáo (404 khi chưa tổng hợp) / The period's consolidated report (404 before consolidation)")
    public ConsolidationView get(@PathParam("periodId") UUID periodId) {
        return ConsolidationView.of(consolidations.getByPeriod(caller, periodId));
    }
}
