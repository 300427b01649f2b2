package vn.thiduaso.plan.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.plan.api.PlanDtos.CreatePlanRequest;
import vn.thiduaso.plan.api.PlanDtos.IssuePlanRequest;
import vn.thiduaso.plan.api.PlanDtos.PlanDetail;
import vn.thiduaso.plan.api.PlanDtos.PlanSummary;
import vn.thiduaso.plan.domain.PlanStatus;
import vn.thiduaso.plan.service.PlanService;
import vn.thiduaso.platform.api.PageResponse;
import vn.thiduaso.platform.idempotency.IdempotencyKeys;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Roles;

@Path("/api/v1/plans")
@Tag(name = "Kế hoạch / Plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    private final PlanService plans;
    private final CallerScope caller;

    public PlanResource(PlanService plans, CallerScope caller) {
        this.plans = plans;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "Kế hoạch trong phạm vi: do đơn vị trong phạm vi ban hành, hoặc đã ban hành tới đơn vị trong phạm vi")
    public PageResponse<PlanSummary> list(@QueryParam("status") PlanStatus status, @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return plans.list(caller, status, q, page, size);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Chi tiết kế hoạch")
    public PlanDetail get(@PathParam("id") UUID id) {
        return plans.get(caller, id);
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE })
    @Operation(summary = "Soạn dự thảo kế hoạch (Phòng VH-XH)",
            description = "Gửi lại với cùng Idempotency-Key trả lại dự thảo đã tạo, không tạo bản thứ hai.")
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "Cần nội dung kế hoạch") CreatePlanRequest request) {
        PlanDetail created = plans.create(caller, request, idempotencyKey);
        return Response.created(URI.create("/api/v1/plans/" + created.id())).entity(created).build();
    }

    @POST
    @Path("/{id}/issue")
    @RolesAllowed({ Roles.ADMIN, Roles.LEADER })
    @Operation(summary = "Ban hành kế hoạch (lãnh đạo UBND); phát sự kiện PlanIssued",
            description = "409 nếu kế hoạch đã ban hành hoặc phiên bản đã cũ.")
    public PlanDetail issue(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần phiên bản hiện tại của kế hoạch") IssuePlanRequest request) {
        return plans.issue(caller, id, request);
    }
}
