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
import vn.thiduaso.plan.api.DirectoryDtos.CreateUserRequest;
import vn.thiduaso.plan.api.DirectoryDtos.LockView;
import vn.thiduaso.plan.api.DirectoryDtos.ResetPasswordRequest;
import vn.thiduaso.plan.api.DirectoryDtos.UpdateUserRequest;
import vn.thiduaso.plan.api.DirectoryDtos.UserView;
import vn.thiduaso.plan.service.DirectoryImport;
import vn.thiduaso.plan.service.DirectoryService;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.idempotency.IdempotencyKeys;
import vn.thiduaso.platform.security.CallerScope;

/** Who may do what is decided by the service's AccessPolicy; here only authentication is required. */
@Path("/api/v1/users")
@Tag(name = "Người dùng / Users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class UserResource {

    private final DirectoryService directory;
    private final DirectoryImport imports;
    private final CallerScope caller;

    public UserResource(DirectoryService directory, DirectoryImport imports, CallerScope caller) {
        this.directory = directory;
        this.imports = imports;
        this.caller = caller;
    }

    @GET
    @Path("/import/template")
    @Produces(SheetUploads.XLSX)
    @Operation(summary = "Mẫu Excel để nhập người dùng (tiêu đề tiếng Việt, một dòng ví dụ) / Excel template for importing users (Vietnamese headers, one sample row)")
    @APIResponse(responseCode = "200", description = "Tệp Excel mẫu / XLSX template",
            content = @Content(mediaType = SheetUploads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response importTemplate() {
        return Response.ok(imports.userTemplate()).header("Content-Disposition", "attachment; filename=\"mau-nguoi-dung.xlsx\"").build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Nhập người dùng từ tệp Excel: tất cả hoặc không; lỗi theo dòng rows[N].trường / Import users from Excel: all or nothing; errors per row rows[N].field")
    public SheetUploads.ImportResult importSheet(@RestForm("file") FileUpload file) {
        return SheetUploads.importSheet(file, in -> imports.importUsers(caller, in));
    }

    @GET
    @Operation(summary = "Người dùng thuộc các đơn vị trong phạm vi (quản trị; văn phòng trong xã, phường của mình) / Users of the units in scope (administrator; office within its commune or ward)")
    public PageResponse<UserView> list(@QueryParam("unitId") UUID unitId, @QueryParam("role") String role,
            @QueryParam("q") String q, @QueryParam("active") Boolean active,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return directory.listUsers(caller, unitId, role, q, active, page, size).map(UserView::of);
    }

    @GET
    @Path("/locks")
    @Operation(summary = "Tài khoản đang bị khoá và lịch sử khoá (mới nhất trước) / Locked accounts and lock history (newest first)")
    public List<LockView> locks(@QueryParam("limit") @DefaultValue("200") @Min(1) @Max(1000) int limit) {
        return directory.locks(caller, limit).stream().map(LockView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Một người dùng / One user")
    public UserView get(@PathParam("id") UUID id) {
        return UserView.of(directory.getUser(caller, id));
    }

    @POST
    @Operation(summary = "Tạo tài khoản với mật khẩu tạm (phải đổi ở lần đăng nhập đầu) / Create an account with a temporary password (changed at first sign-in)")
    @APIResponse(responseCode = "201", description = "Đã tạo / created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull CreateUserRequest request) {
        UserView created = UserView.of(directory.createUser(caller, request.toCommand(), idempotencyKey));
        return Response.created(URI.create("/api/v1/users/" + created.id())).entity(created).build();
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Sửa họ tên, thư điện tử, vai trò, đơn vị / Change full name, e-mail, roles, unit")
    public UserView update(@PathParam("id") UUID id, @Valid @NotNull UpdateUserRequest request) {
        return UserView.of(directory.updateUser(caller, id, request.toCommand()));
    }

    @POST
    @Path("/{id}/deactivate")
    @Operation(summary = "Ngừng tài khoản (mọi phiên đăng nhập kết thúc) / Deactivate an account (every session ends)")
    public UserView deactivate(@PathParam("id") UUID id) {
        return UserView.of(directory.setUserActive(caller, id, false));
    }

    @POST
    @Path("/{id}/activate")
    @Operation(summary = "Mở lại tài khoản / Reactivate an account")
    public UserView activate(@PathParam("id") UUID id) {
        return UserView.of(directory.setUserActive(caller, id, true));
    }

    @POST
    @Path("/{id}/unlock")
    @Operation(summary = "Mở khoá tài khoản bị khoá vì nhập sai mật khẩu / Unlock an account locked after wrong passwords")
    public UserView unlock(@PathParam("id") UUID id) {
        return UserView.of(directory.unlock(caller, id));
    }

    @POST
    @Path("/{id}/reset-password")
    @Operation(summary = "Đặt mật khẩu tạm mới (người dùng phải đổi khi đăng nhập) / Set a new temporary password (the user changes it at sign-in)")
    public UserView resetPassword(@PathParam("id") UUID id, @Valid @NotNull ResetPasswordRequest request) {
        return UserView.of(directory.resetPassword(caller, id, request.temporaryPassword()));
    }
}
