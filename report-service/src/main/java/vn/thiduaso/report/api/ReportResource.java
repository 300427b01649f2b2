package vn.thiduaso.report.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import vn.thiduaso.platform.security.Roles;
import vn.thiduaso.report.api.ReportDtos.CreateReportRequest;
import vn.thiduaso.report.api.ReportDtos.ReportView;
import vn.thiduaso.platform.idempotency.IdempotencyKeys;
import vn.thiduaso.report.service.ReportService;

@Path("/api/v1/reports")
@Tag(name = "Báo cáo / Reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final ReportService reports;
    private final CallerScope caller;

    public ReportResource(ReportService reports, CallerScope caller) {
        this.reports = reports;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE, Roles.UNIT })
    @Operation(summary = "Lập dự thảo báo cáo của đơn vị cho một yêu cầu báo cáo",
            description = "Đơn vị lập cho chính mình; Phòng VH-XH (office) hoặc quản trị lập cho đơn vị trong phạm vi. "
                    + "409 nếu yêu cầu đã có báo cáo. Gửi lại với cùng Idempotency-Key trả lại báo cáo đã tạo.")
    @APIResponse(responseCode = "201", description = "Đã lập / created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "Cần nội dung báo cáo") CreateReportRequest request) {
        ReportView created = ReportView.of(reports.create(caller, request.requirementId(), request.narrative(),
                idempotencyKey));
        return Response.created(URI.create("/api/v1/reports/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Một báo cáo của đơn vị trong phạm vi")
    public ReportView get(@PathParam("id") UUID id) {
        return ReportView.of(reports.get(caller, id));
    }
}
