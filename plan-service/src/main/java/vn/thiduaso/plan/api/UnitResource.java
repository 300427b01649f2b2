package vn.thiduaso.plan.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.Authenticated;
import vn.thiduaso.plan.api.DirectoryDtos.CreateUnitRequest;
import vn.thiduaso.plan.api.DirectoryDtos.MergeUnitRequest;
import vn.thiduaso.plan.api.DirectoryDtos.MoveUnitRequest;
import vn.thiduaso.plan.api.DirectoryDtos.UnitTreeNode;
import vn.thiduaso.plan.api.DirectoryDtos.UnitView;
import vn.thiduaso.plan.api.DirectoryDtos.UpdateUnitRequest;
import vn.thiduaso.plan.domain.UnitKind;
import vn.thiduaso.plan.service.DirectoryImport;
import vn.thiduaso.plan.service.DirectoryService;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.idempotency.IdempotencyKeys;
import vn.thiduaso.platform.security.CallerScope;

/** Who may do what is decided by the service's AccessPolicy; here only authentication is required. */
@Path("/api/v1/units")
@Tag(name = "Đơn vị / Units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class UnitResource {

    private final DirectoryService directory;
    private final DirectoryImport imports;
    private final CallerScope caller;

    public UnitResource(DirectoryService directory, DirectoryImport imports, CallerScope caller) {
        this.directory = directory;
        this.imports = imports;
        this.caller = caller;
    }

    @GET
    @Path("/import/template")
    @Produces(SheetUploads.XLSX)
    @Operation(summary = "Mẫu Excel để nhập đơn vị (tiêu đề tiếng Việt, một dòng ví dụ) / Excel template for importing units (Vietnamese headers, one sample row)")
    @APIResponse(responseCode = "200", description = "Tệp Excel mẫu / XLSX template",
            content = @Content(mediaType = SheetUploads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response importTemplate() {
        return Response.ok(imports.unitTemplate()).header("Content-Disposition", "attachment; filename=\"mau-don-vi.xlsx\"").build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Nhập đơn vị từ tệp Excel: tất cả hoặc không; lỗi theo dòng rows[N].trường / Import units from Excel: all or nothing; errors per row rows[N].field")
    public SheetUploads.ImportResult importSheet(@RestForm("file") FileUpload file) {
        return SheetUploads.importSheet(file, in -> imports.importUnits(caller, in));
    }

    @GET
    @Operation(summary = "Các đơn vị trong phạm vi của người gọi (tìm không dấu theo tên) / Units in the caller's scope (accent-insensitive name search)")
    public PageResponse<UnitView> list(@QueryParam("kind") UnitKind kind, @QueryParam("q") String q,
            @QueryParam("parentId") UUID parentId, @QueryParam("active") Boolean active,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return directory.listUnits(caller, kind, q, parentId, active, page, size).map(UnitView::of);
    }

    @GET
    @Path("/tree")
    @Operation(summary = "Cây đơn vị từ một đơn vị (mặc định: phạm vi của người gọi) / The unit tree from a unit (default: the caller's scope)")
    public List<UnitTreeNode> tree(@QueryParam("rootId") UUID rootId) {
        return directory.tree(caller, rootId).stream().map(UnitTreeNode::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Một đơn vị / One unit")
    public UnitView get(@PathParam("id") UUID id) {
        return UnitView.of(directory.getUnit(caller, id));
    }

    @POST
    @Operation(summary = "Thêm đơn vị trực thuộc một đơn vị trong phạm vi (quản trị, văn phòng) / Add a unit under a unit in scope (administrator, office)")
    @APIResponse(responseCode = "201", description = "Đã tạo / created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull CreateUnitRequest request) {
        UnitView created = UnitView.of(directory.createUnit(caller, request.toCommand(), idempotencyKey));
        return Response.created(URI.create("/api/v1/units/" + created.id())).entity(created).build();
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Sửa tên, mã, loại, thủ trưởng, liên hệ của đơn vị (đổi mã đổi cả đường dẫn cây con) / Change name, code, kind, head, contacts (a new code rewrites the subtree's paths)")
    public UnitView update(@PathParam("id") UUID id, @Valid @NotNull UpdateUnitRequest request) {
        return UnitView.of(directory.updateUnit(caller, id, request.toCommand()));
    }

    @POST
    @Path("/{id}/move")
    @Operation(summary = "Chuyển đơn vị (và cây con) sang đơn vị cấp trên khác / Move a unit (and its subtree) under another parent")
    public UnitView move(@PathParam("id") UUID id, @Valid @NotNull MoveUnitRequest request) {
        return UnitView.of(directory.moveUnit(caller, id, request.newParentId(), request.version()));
    }

    @POST
    @Path("/{id}/merge")
    @Operation(summary = "Sáp nhập: đơn vị cấp dưới và người dùng chuyển sang đơn vị nhận; đơn vị này ngừng hoạt động / Merge: child units and users move to the receiving unit; this unit is deactivated")
    public UnitView merge(@PathParam("id") UUID id, @Valid @NotNull MergeUnitRequest request) {
        return UnitView.of(directory.mergeUnit(caller, id, request.intoUnitId(), request.version()));
    }

    @POST
    @Path("/{id}/deactivate")
    @Operation(summary = "Ngừng hoạt động (đơn vị không bao giờ bị xoá) / Deactivate (units are never deleted)")
    public UnitView deactivate(@PathParam("id") UUID id) {
        return UnitView.of(directory.setUnitActive(caller, id, false));
    }

    @POST
    @Path("/{id}/activate")
    @Operation(summary = "Hoạt động trở lại / Reactivate")
    public UnitView activate(@PathParam("id") UUID id) {
        return UnitView.of(directory.setUnitActive(caller, id, true));
    }
}
