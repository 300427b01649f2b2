package vn.thiduaso.award.api;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.award.api.AwardPlanDtos.AwardPlanDetail;
import vn.thiduaso.award.api.AwardPlanDtos.AwardPlanSummary;
import vn.thiduaso.award.service.AwardPlanService;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.CallerScope;

@Path("/api/v1/award-plans")
@Tag(name = "Kế hoạch làm căn cứ khen thưởng / Award plans")
@Produces(MediaType.APPLICATION_JSON)
public class AwardPlanResource {

    private final AwardPlanService plans;
    private final CallerScope caller;

    public AwardPlanResource(AwardPlanService plans, CallerScope caller) {
        this.plans = plans;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "Kế hoạch đã ban hành trong phạm vi: do đơn vị trong phạm vi ban hành hoặc gửi tới đơn vị trong phạm vi / Issued plans in scope: issued by a unit in scope or addressed to one",
            description = "Tìm theo tên (không dấu) hoặc số/ký hiệu với q; mới ban hành trước. "
                    + "Issued plans whose issuer or an addressee is in the caller's scope, newest first.")
    public PageResponse<AwardPlanSummary> list(
            @QueryParam("q") @Size(max = 200, message = "Từ khóa tối đa 200 ký tự") String q,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Trang bắt đầu từ 0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Cỡ trang từ 1 đến 100")
            @Max(value = 100, message = "Cỡ trang từ 1 đến 100") int size) {
        return plans.list(caller, q, page, size).map(l -> AwardPlanSummary.of(l.plan(), l.addresseeCount()));
    }

    @GET
    @Path("/{planId}")
    @Authenticated
    @Operation(summary = "Chi tiết kế hoạch và các đơn vị thực hiện / A plan with its addressees", description = "404 nếu chưa biết kế hoạch; 403 nếu ngoài phạm vi.")
    public AwardPlanDetail get(@PathParam("planId") UUID planId) {
        return AwardPlanDetail.of(plans.get(caller, planId));
    }
}
