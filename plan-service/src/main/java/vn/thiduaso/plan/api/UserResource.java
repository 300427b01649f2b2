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

import vn.thiduaso.plan.api.DirectoryDtos.CreateUserRequest;
import vn.thiduaso.plan.api.DirectoryDtos.UserView;
import vn.thiduaso.plan.service.DirectoryService;
import vn.thiduaso.platform.api.PageResponse;
import vn.thiduaso.platform.idempotency.IdempotencyKeys;
import vn.thiduaso.platform.security.CallerScope;
import vn.thiduaso.platform.security.Roles;

@Path("/api/v1/users")
@Tag(name = "Người dùng / Users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    private final DirectoryService directory;
    private final CallerScope caller;

    public UserResource(DirectoryService directory, CallerScope caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE, Roles.LEADER })
    @Operation(summary = "Người dùng thuộc các đơn vị trong phạm vi")
    public PageResponse<UserView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return directory.listUsers(caller, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE, Roles.LEADER, Roles.COUNCIL, Roles.UNIT, Roles.BOARD })
    @Operation(summary = "Một người dùng")
    public UserView get(@PathParam("id") UUID id) {
        return directory.getUser(caller, id);
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.OFFICE })
    @Operation(summary = "Tạo tài khoản cho một đơn vị trong phạm vi (mật khẩu được băm bcrypt)")
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, @Valid @NotNull CreateUserRequest request) {
        UserView created = directory.createUser(caller, request, idempotencyKey);
        return Response.created(URI.create("/api/v1/users/" + created.id())).entity(created).build();
    }
}
