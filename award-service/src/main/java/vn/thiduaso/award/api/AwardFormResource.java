package vn.thiduaso.award.api;

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
import jakarta.ws.rs.PUT;
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
import vn.thiduaso.award.api.AwardFormDtos.AwardFormView;
import vn.thiduaso.award.api.AwardFormDtos.CreateAwardFormRequest;
import vn.thiduaso.award.api.AwardFormDtos.UpdateAwardFormRequest;
import vn.thiduaso.award.service.AwardFormService;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.idempotency.IdempotencyKeys;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Roles;

@Path("/api/v1/award-forms")
@Tag(name = "Hình thức khen thưởng / Award forms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AwardFormResource {

    private final AwardFormService forms;
    private final CallerScope caller;

    public AwardFormResource(AwardFormService forms, CallerScope caller) {
        this.forms = forms;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "Danh mục hình thức khen thưởng, cao nhất trước / The award-form catalogue, highest first",
            description = "active=true chỉ các hình thức còn áp dụng. The catalogue, highest form first.")
    public PageResponse<AwardFormView> list(@QueryParam("active") Boolean active,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Trang bắt đầu từ 0") int page,
            @QueryParam("size") @DefaultValue("100") @Min(value = 1, message = "Cỡ trang từ 1 đến 200")
            @Max(value = 200, message = "Cỡ trang từ 1 đến 200") int size) {
        return forms.list(caller, active, page, size).map(AwardFormView::of);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Một hình thức khen thưởng / One award form")
    public AwardFormView get(@PathParam("id") UUID id) {
        return AwardFormView.of(forms.get(caller, id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Thêm hình thức khen thưởng (quản trị hệ thống) / Add an award form (administrator)",
            description = "409 nếu mã đã tồn tại. Gửi lại với cùng Idempotency-Key trả lại hình thức đã tạo.")
    @APIResponse(responseCode = "201", description = "Đã tạo / created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AwardFormView.class)))
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "Cần nội dung hình thức khen thưởng") CreateAwardFormRequest request) {
        AwardFormView created = AwardFormView.of(forms.create(caller, request.toChange(), idempotencyKey));
        return Response.created(URI.create("/api/v1/award-forms/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Sửa hình thức khen thưởng (quản trị hệ thống) / Change an award form (administrator)",
            description = "Gửi kèm version đã đọc; 409 nếu phiên bản đã cũ hoặc mã trùng.")
    public AwardFormView update(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Cần nội dung hình thức khen thưởng") UpdateAwardFormRequest request) {
        return AwardFormView.of(forms.update(caller, id, request.version(), request.toChange()));
    }
}
