package vn.thiduaso.plan.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.thiduaso.plan.api.AuthDtos.CurrentUser;
import vn.thiduaso.plan.api.AuthDtos.LoginRequest;
import vn.thiduaso.plan.api.AuthDtos.TokenResponse;
import vn.thiduaso.plan.api.DirectoryDtos.UserView;
import vn.thiduaso.plan.service.AuthService;
import vn.thiduaso.plan.service.DirectoryService;
import vn.thiduaso.platform.security.CallerScope;

@Path("/api/v1/auth")
@Tag(name = "Đăng nhập / Authentication")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final AuthService auth;
    private final DirectoryService directory;
    private final CallerScope caller;

    public AuthResource(AuthService auth, DirectoryService directory, CallerScope caller) {
        this.auth = auth;
        this.directory = directory;
        this.caller = caller;
    }

    @POST
    @Path("/login")
    @PermitAll
    @Operation(summary = "Đăng nhập, nhận mã truy cập (Bearer JWT, RS256)",
            description = "Sai tên đăng nhập hay sai mật khẩu đều trả 401 như nhau.")
    public TokenResponse login(@Valid @NotNull(message = "Cần tên đăng nhập và mật khẩu") LoginRequest request) {
        return auth.login(request.username(), request.password());
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "Người dùng đang đăng nhập, với đơn vị và phạm vi")
    public CurrentUser me() {
        UserView user = directory.getUser(caller, caller.userId());
        return new CurrentUser(user.id(), user.username(), user.fullName(), user.email(), user.role(), user.unitId(),
                user.unitName(), user.unitPath(), caller.scopePath());
    }
}
