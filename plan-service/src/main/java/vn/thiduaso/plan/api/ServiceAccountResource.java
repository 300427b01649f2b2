package vn.thiduaso.plan.api;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import vn.thiduaso.plan.api.ServiceAccountDtos.CreateServiceAccountRequest;
import vn.thiduaso.plan.api.ServiceAccountDtos.IssuedServiceAccount;
import vn.thiduaso.plan.api.ServiceAccountDtos.ServiceAccountView;
import vn.thiduaso.plan.domain.ServiceAccount;
import vn.thiduaso.plan.domain.Unit;
import vn.thiduaso.plan.service.ServiceAccountService;
import vn.thiduaso.platform.paging.PageResponse;
import vn.thiduaso.platform.security.CallerScope;

@Path("/api/v1/service-accounts")
@Tag(name = "Tài khoản tích hợp / Service accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ServiceAccountResource {

    private final ServiceAccountService accounts;
    private final CallerScope caller;

    public ServiceAccountResource(ServiceAccountService accounts, CallerScope caller) {
        this.accounts = accounts;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Cấp tài khoản tích hợp cho Ban Thi đua - Khen thưởng / Issue a service account",
            description = "Quản trị hệ thống; đơn vị là thành phố hoặc tỉnh; vai trò: board. Khóa bí mật chỉ hiện một lần."
                    + " Admin only; the secret is shown once.")
    @APIResponse(responseCode = "201", description = "Đã cấp / issued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssuedServiceAccount.class)))
    public Response createServiceAccount(@Valid @NotNull(message = "Cần nội dung tài khoản") CreateServiceAccountRequest request) {
        ServiceAccountService.Issued issued = accounts.create(caller, request.name(), request.unitId(), request.roles());
        return Response.created(URI.create("/api/v1/service-accounts/" + issued.account().id))
                .entity(IssuedServiceAccount.of(issued.account(), issued.clientSecret())).build();
    }

    @GET
    @Operation(summary = "Danh sách tài khoản tích hợp / Service accounts")
    public PageResponse<ServiceAccountView> listServiceAccounts() {
        var all = accounts.list(caller).stream().map(this::view).toList();
        return new PageResponse<>(all, 0, Math.max(all.size(), 1), all.size());
    }

    @POST
    @Path("/{id}/rotate")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Đổi khóa bí mật (khóa cũ hết hiệu lực ngay) / Rotate the secret",
            description = "Khóa mới chỉ hiện một lần. The new secret is shown once; the old one stops working.")
    public IssuedServiceAccount rotateServiceAccount(@PathParam("id") UUID id) {
        ServiceAccountService.Issued issued = accounts.rotate(caller, id);
        return IssuedServiceAccount.of(issued.account(), issued.clientSecret());
    }

    @POST
    @Path("/{id}/deactivate")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Ngừng tài khoản tích hợp / Deactivate a service account",
            description = "Không cấp mã truy cập mới; mã đã cấp hết hạn sau tối đa 15 phút. No new tokens.")
    public ServiceAccountView deactivateServiceAccount(@PathParam("id") UUID id) {
        return view(accounts.deactivate(caller, id));
    }

    private ServiceAccountView view(ServiceAccount a) {
        return ServiceAccountView.of(a, accounts.unitOf(a).map((Unit u) -> u.name).orElse(null));
    }
}
