package vn.thiduaso.plan.api;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.thiduaso.plan.domain.Unit;
import vn.thiduaso.plan.domain.UnitKind;
import vn.thiduaso.plan.domain.UserAccount;

/** Request and response records of /api/v1/units and /api/v1/users. */
public final class DirectoryDtos {

    public record UnitView(UUID id, String code, String name, String kind, String path, UUID parentId, long version) {
        public static UnitView of(Unit u) {
            return new UnitView(u.id, u.code, u.name, u.kind.name(), u.path, u.parentId, u.version);
        }
    }

    public record CreateUnitRequest(
            @NotNull(message = "Cần chọn đơn vị cấp trên") UUID parentId,
            @NotBlank(message = "Mã đơn vị không được để trống")
            @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "Mã đơn vị chỉ gồm chữ thường không dấu, số và dấu gạch ngang")
            @Size(max = 80) String code,
            @NotBlank(message = "Tên đơn vị không được để trống") @Size(max = 300) String name,
            @NotNull(message = "Cần chọn loại đơn vị") UnitKind kind) {
    }

    public record UserView(UUID id, String username, String fullName, String email, String role, UUID unitId,
            String unitName, String unitPath, boolean active) {
        public static UserView of(UserAccount u, Unit unit) {
            return new UserView(u.id, u.username, u.fullName, u.email, u.role, u.unitId, unit.name, unit.path, u.active);
        }
    }

    public record CreateUserRequest(
            @NotBlank(message = "Tên đăng nhập không được để trống")
            @Pattern(regexp = "[a-z0-9._-]{3,100}", message = "Tên đăng nhập gồm 3–100 ký tự chữ thường không dấu, số, dấu chấm, gạch")
            String username,
            @NotBlank(message = "Mật khẩu không được để trống") @Size(min = 10, max = 200, message = "Mật khẩu cần từ 10 ký tự") String password,
            @NotBlank(message = "Họ tên không được để trống") @Size(max = 200) String fullName,
            @NotBlank(message = "Thư điện tử không được để trống") @Email(message = "Thư điện tử không hợp lệ") @Size(max = 254) String email,
            @NotBlank(message = "Cần chọn vai trò")
            @Pattern(regexp = "admin|office|leader|council|unit|board", message = "Vai trò không hợp lệ") String role,
            @NotNull(message = "Cần chọn đơn vị") UUID unitId) {
    }

    private DirectoryDtos() {
    }
}
