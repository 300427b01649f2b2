package vn.thiduaso.plan.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.thiduaso.plan.domain.ServiceAccount;

/** Request and response records of /api/v1/service-accounts and the client-credentials token. */
public final class ServiceAccountDtos {

    public record CreateServiceAccountRequest(
            @NotBlank(message = "Cần tên tài khoản tích hợp") @Size(max = 300, message = "Tên tối đa 300 ký tự") String name,
            @NotNull(message = "Cần đơn vị (thành phố/tỉnh) của tài khoản") UUID unitId,
            @NotEmpty(message = "Cần ít nhất một vai trò (board)") List<@NotBlank(message = "Vai trò không hợp lệ") String> roles) {
    }

    public record ServiceAccountView(UUID id, String clientId, String name, UUID unitId, String unitName, List<String> roles,
            boolean active, Instant createdAt, String createdBy, Instant secretRotatedAt, Instant deactivatedAt,
            Instant lastTokenAt) {

        static ServiceAccountView of(ServiceAccount a, String unitName) {
            return new ServiceAccountView(a.id, a.clientId, a.name, a.unitId, unitName, a.roles(), a.active, a.createdAt,
                    a.createdBy, a.secretRotatedAt, a.deactivatedAt, a.lastTokenAt);
        }
    }

    /** Returned by create and rotate only: {@code clientSecret} is never shown again. */
    public record IssuedServiceAccount(UUID id, String clientId, String clientSecret, String name, UUID unitId,
            List<String> roles, boolean active, Instant createdAt) {

        static IssuedServiceAccount of(ServiceAccount a, String secret) {
            return new IssuedServiceAccount(a.id, a.clientId, secret, a.name, a.unitId, a.roles(), a.active, a.createdAt);
        }
    }

    /** The client-credentials grant as JSON (the form encoding uses grant_type, client_id, client_secret). */
    public record ClientCredentialsRequest(
            @NotBlank(message = "grant_type phải là client_credentials") String grant_type,
            @NotBlank(message = "Cần client_id") @Size(max = 100) String client_id,
            @NotBlank(message = "Cần client_secret") @Size(max = 200) String client_secret) {
    }

    public record ClientTokenResponse(String accessToken, String tokenType, long expiresIn) {
    }

    private ServiceAccountDtos() {
    }
}
