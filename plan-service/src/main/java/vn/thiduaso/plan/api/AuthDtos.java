package vn.thiduaso.plan.api;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request and response records of /api/v1/auth. */
public final class AuthDtos {

    public record LoginRequest(
            @NotBlank(message = "Tên đăng nhập không được để trống") @Size(max = 100) String username,
            @NotBlank(message = "Mật khẩu không được để trống") @Size(max = 200) String password) {
    }

    public record TokenResponse(String accessToken, String tokenType, long expiresIn, CurrentUser user) {
    }

    public record CurrentUser(UUID id, String username, String fullName, String email, String role, UUID unitId,
            String unitName, String unitPath, String scopePath) {
    }

    private AuthDtos() {
    }
}
