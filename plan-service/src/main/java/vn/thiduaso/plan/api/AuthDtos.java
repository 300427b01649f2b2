package vn.thiduaso.plan.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.thiduaso.plan.service.AuthService;

/** Request and response records of /api/v1/auth. */
public final class AuthDtos {

    public record LoginRequest(
            @NotBlank(message = "Tên đăng nhập không được để trống") @Size(max = 100) String username,
            @NotBlank(message = "Mật khẩu không được để trống") @Size(max = 200) String password) {
    }

    public record RefreshRequest(
            @NotBlank(message = "Cần mã làm mới (refreshToken)") @Size(max = 200) String refreshToken) {
    }

    public record ChangePasswordRequest(
            @NotBlank(message = "Cần nhập mật khẩu hiện tại") @Size(max = 200) String currentPassword,
            @NotBlank(message = "Cần nhập mật khẩu mới") @Size(max = 200) String newPassword) {
    }

    /**
     * {@code mustChangePassword}: the password is temporary; the SPA sends the user to the change form
     * before anything else.
     */
    public record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn,
            CurrentUser user, boolean mustChangePassword) {
        public static TokenResponse of(AuthService.Session s) {
            return new TokenResponse(s.accessToken(), s.refreshToken(), "Bearer", s.expiresIn(),
                    CurrentUser.of(s.user(), s.unit(), s.scopePath()), s.user().mustChangePassword);
        }
    }

    public record CurrentUser(UUID id, String username, String fullName, String email, String role, List<String> roles,
            UUID unitId, String unitName, String unitPath, String scopePath, boolean mustChangePassword) {
        public static CurrentUser of(vn.thiduaso.plan.domain.UserAccount u, vn.thiduaso.plan.domain.Unit unit,
                String scopePath) {
            return new CurrentUser(u.id, u.username, u.fullName, u.email, u.primaryRole(), List.copyOf(u.roles), unit.id,
                    unit.name, unit.path, scopePath, u.mustChangePassword);
        }
    }

    private AuthDtos() {
    }
}
