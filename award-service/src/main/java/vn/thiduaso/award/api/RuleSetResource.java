package vn.thiduaso.award.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.award.api.RuleSetDtos.CreateRuleSetRequest;
import vn.thiduaso.award.api.RuleSetDtos.RuleSetView;
import vn.thiduaso.award.service.RuleSetService;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Roles;

@Path("/api/v1/award-rule-sets")
@Tag(name = "Bộ quy tắc khen thưởng / Award rule sets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RuleSetResource {

    private final RuleSetService ruleSets;
    private final CallerScope caller;

    public RuleSetResource(RuleSetService ruleSets, CallerScope caller) {
        this.ruleSets = ruleSets;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "Các bộ quy tắc khen thưởng, mới nhất trước / Award rule sets, newest first")
    public PageResponse<RuleSetView> listRuleSets(
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Trang bắt đầu từ 0") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Cỡ trang từ 1 đến 100")
            @Max(value = 100, message = "Cỡ trang từ 1 đến 100") int size) {
        return ruleSets.list(caller, page, size).map(RuleSetView::of);
    }

    @GET
    @Path("/in-force")
    @Authenticated
    @Operation(summary = "Bộ quy tắc có hiệu lực vào một ngày (mặc định hôm nay) / The rule set in force on a date",
            description = "404 nếu ngày đó trước mọi bộ quy tắc.")
    public RuleSetView getRuleSetInForce(@QueryParam("on") LocalDate on) {
        return RuleSetView.of(ruleSets.getInForce(caller, on));
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Một bộ quy tắc khen thưởng với các quy tắc / One rule set with its rules")
    public RuleSetView getRuleSet(@PathParam("id") UUID id) {
        return RuleSetView.of(ruleSets.get(caller, id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Thêm bộ quy tắc khen thưởng (quản trị hệ thống) / Add a rule set (administrator)",
            description = "Mã và ngày có hiệu lực không trùng bộ đã có (409).")
    @APIResponse(responseCode = "201", description = "Đã tạo / created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleSetView.class)))
    public Response createRuleSet(@Valid @NotNull(message = "Cần nội dung bộ quy tắc") CreateRuleSetRequest request) {
        RuleSetView created = RuleSetView.of(ruleSets.create(caller, request.toNew()));
        return Response.created(URI.create("/api/v1/award-rule-sets/" + created.id())).entity(created).build();
    }
}
