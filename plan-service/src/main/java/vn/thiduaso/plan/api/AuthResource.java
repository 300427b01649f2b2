package vn.thiduaso.plan.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpServerRequest;
import vn.thiduaso.plan.api.AuthDtos.ChangePasswordRequest;
import vn.thiduaso.plan.api.AuthDtos.CurrentUser;
import vn.thiduaso.plan.api.AuthDtos.LoginRequest;
import vn.thiduaso.plan.api.AuthDtos.RefreshRequest;
import vn.thiduaso.plan.api.AuthDtos.TokenResponse;
import vn.thiduaso.plan.service.AuthService;
import vn.thiduaso.plan.service.ServiceAccountService;
import vn.thiduaso.plan.service.SignInThrottle;
import vn.thiduaso.plan.service.DirectoryCommands.UserWithUnit;
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
    private final ServiceAccountService serviceAccounts;
    private final SignInThrottle throttle;
    private final HttpServerRequest http;

    public AuthResource(AuthService auth, DirectoryService directory, CallerScope caller,
            ServiceAccountService serviceAccounts, SignInThrottle throttle, HttpServerRequest http) {
        this.serviceAccounts = serviceAccounts;
        this.throttle = throttle;
        this.http = http;
        this.auth = auth;
        this.directory = directory;
        this.caller = caller;
    }

    @POST
    @Path("/login")
    @PermitAll
    @Operation(summary = "Đăng nhập: mã truy cập (Bearer JWT, RS256, tối đa 15 phút) và mã làm mới / Sign in: an access token (Bearer JWT, RS256, at most 15 minutes) and a refresh token",
            description = "Sai tên đăng nhập, sai mật khẩu hay tài khoản đang bị khoá đều trả 401 như nhau."
                    + " Quá nhiều lần sai từ một địa chỉ: 429 với Retry-After (giây).")
    @APIResponse(responseCode = "200", description = "Đã đăng nhập / signed in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "429", description = "Quá nhiều lần đăng nhập sai từ địa chỉ này; Retry-After (giây) / too many failed sign-ins from this address")
    public TokenResponse login(@Valid @NotNull(message = "Cần tên đăng nhập và mật khẩu") LoginRequest request) {
        return TokenResponse.of(throttled(() -> auth.login(request.username(), request.password())));
    }

    /** A failed sign-in counts against the client's address; an address past its limit is not even checked. */
    private <T> T throttled(java.util.function.Supplier<T> signIn) {
        String address = http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
        throttle.check(address);
        try {
            return signIn.get();
        } catch (AuthenticationFailedException e) {
            throttle.failed(address);
            throw e;
        }
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @Operation(summary = "Đổi mã làm mới lấy cặp mã mới (mã cũ hết hiệu lực; dùng lại mã cũ sẽ kết thúc phiên) / Exchange a refresh token for a new pair (the old one stops working; reusing it ends the session)")
    public TokenResponse refresh(@Valid @NotNull(message = "Cần mã làm mới") RefreshRequest request) {
        return TokenResponse.of(auth.refresh(request.refreshToken()));
    }

    @POST
    @Path("/logout")
    @Authenticated
    @Operation(summary = "Đăng xuất: mã làm mới của phiên này bị thu hồi / Sign out: this session's refresh token is revoked")
    @APIResponse(responseCode = "204", description = "Xong / done")
    public void logout(@Valid @NotNull(message = "Cần mã làm mới") RefreshRequest request) {
        auth.logout(caller, request.refreshToken());
    }

    @POST
    @Path("/password")
    @Authenticated
    @Operation(summary = "Đổi mật khẩu của chính mình (ít nhất 10 ký tự, không chứa tên đăng nhập, không phổ biến) / Change my own password (at least 10 characters, not containing the user name, not common)")
    @APIResponse(responseCode = "204", description = "Xong / done")
    public void changePassword(@Valid @NotNull(message = "Cần mật khẩu hiện tại và mật khẩu mới") ChangePasswordRequest request) {
        auth.changePassword(caller, request.currentPassword(), request.newPassword());
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "Người dùng đang đăng nhập, với vai trò, đơn vị và phạm vi / The signed-in user with roles, unit and scope")
    public CurrentUser me() {
        UserWithUnit user = directory.getUser(caller, caller.userId());
        return CurrentUser.of(user.user(), user.unit(), caller.scopePath());
    }

    @POST
    @Path("/token")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Mã truy cập cho tài khoản tích hợp (client credentials) / Service-account token",
            description = "grant_type=client_credentials, client_id, client_secret (form hoặc JSON). Mã sống tối đa 15 phút;"
                    + " sai khóa: 401 như đăng nhập, sai nhiều lần bị khóa tạm. Form or JSON; at most 15 minutes.")
    public ServiceAccountDtos.ClientTokenResponse clientToken(@FormParam("grant_type") String grantType,
            @FormParam("client_id") String clientId, @FormParam("client_secret") String clientSecret) {
        return issueClientToken(grantType, clientId, clientSecret);
    }

    @POST
    @Path("/token")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mã truy cập cho tài khoản tích hợp, dạng JSON / Service-account token (JSON body)")
    public ServiceAccountDtos.ClientTokenResponse clientTokenJson(
            @Valid @NotNull(message = "Cần grant_type, client_id, client_secret") ServiceAccountDtos.ClientCredentialsRequest request) {
        return issueClientToken(request.grant_type(), request.client_id(), request.client_secret());
    }

    private ServiceAccountDtos.ClientTokenResponse issueClientToken(String grantType, String clientId, String clientSecret) {
        if (!"client_credentials".equals(grantType)) {
            throw new vn.thiduaso.platform.problem.InvalidFieldException("grant_type", "grant_type phải là client_credentials");
        }
        var token = throttled(() -> serviceAccounts.token(clientId, clientSecret));
        return new ServiceAccountDtos.ClientTokenResponse(token.accessToken(), "Bearer", token.expiresIn());
    }
}
