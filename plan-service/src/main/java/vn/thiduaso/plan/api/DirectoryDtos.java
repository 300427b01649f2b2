package vn.thiduaso.plan.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.thiduaso.plan.domain.Unit;
import vn.thiduaso.plan.domain.UnitKind;
import vn.thiduaso.plan.service.DirectoryCommands;
import vn.thiduaso.plan.service.DirectoryCommands.LockWithUser;
import vn.thiduaso.plan.service.DirectoryCommands.UnitNode;
import vn.thiduaso.plan.service.DirectoryCommands.UserWithUnit;

/** Request and response records of /api/v1/units and /api/v1/users. */
public final class DirectoryDtos {

    static final String CODE_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String CODE_MESSAGE = "Mã đơn vị chỉ gồm chữ thường không dấu, số và dấu gạch ngang";
    static final String ROLE_PATTERN = "admin|office|leader|council|unit|board";
    static final String PHONE_PATTERN = "[0-9 +().-]{0,40}";

    public record UnitView(UUID id, String code, String name, @Schema(implementation = vn.thiduaso.plan.domain.UnitKind.class) String kind, String path, UUID parentId, boolean active,
            String headName, String headTitle, String email, String phone, long version) {
        public static UnitView of(Unit u) {
            return new UnitView(u.id, u.code, u.name, u.kind.name(), u.path, u.parentId, u.active, u.headName,
                    u.headTitle, u.email, u.phone, u.version);
        }
    }

    public record UnitTreeNode(UUID id, String code, String name, @Schema(implementation = vn.thiduaso.plan.domain.UnitKind.class) String kind, String path, boolean active,
            List<UnitTreeNode> children) {
        public static UnitTreeNode of(UnitNode n) {
            Unit u = n.unit();
            return new UnitTreeNode(u.id, u.code, u.name, u.kind.name(), u.path, u.active,
                    n.children().stream().map(UnitTreeNode::of).toList());
        }
    }

    public record CreateUnitRequest(
            @NotNull(message = "Cần chọn đơn vị cấp trên") UUID parentId,
            @NotBlank(message = "Mã đơn vị không được để trống")
            @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE)
            @Size(max = 80) String code,
            @NotBlank(message = "Tên đơn vị không được để trống") @Size(max = 300) String name,
            @NotNull(message = "Cần chọn loại đơn vị") UnitKind kind,
            @Size(max = 200, message = "Họ tên thủ trưởng tối đa 200 ký tự") String headName,
            @Size(max = 200, message = "Chức vụ tối đa 200 ký tự") String headTitle,
            @Email(message = "Thư điện tử không hợp lệ") @Size(max = 254) String email,
            @Pattern(regexp = PHONE_PATTERN, message = "Số điện thoại chỉ gồm chữ số và + ( ) . -") String phone) {

        public DirectoryCommands.NewUnit toCommand() {
            return new DirectoryCommands.NewUnit(parentId, code, name, kind, headName, headTitle, email, phone);
        }
    }

    /** PATCH: an absent field stays as it is; an empty text clears an optional one. */
    public record UpdateUnitRequest(
            @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) @Size(max = 80) String code,
            @Pattern(regexp = ".*\\S.*", message = "Tên đơn vị không được để trống") @Size(max = 300) String name,
            UnitKind kind,
            @Size(max = 200, message = "Họ tên thủ trưởng tối đa 200 ký tự") String headName,
            @Size(max = 200, message = "Chức vụ tối đa 200 ký tự") String headTitle,
            @Email(message = "Thư điện tử không hợp lệ") @Size(max = 254) String email,
            @Pattern(regexp = PHONE_PATTERN, message = "Số điện thoại chỉ gồm chữ số và + ( ) . -") String phone,
            @NotNull(message = "Cần gửi kèm phiên bản (version) đang sửa") Long version) {

        public DirectoryCommands.UnitChanges toCommand() {
            return new DirectoryCommands.UnitChanges(name, code, kind, headName, headTitle, email, phone, version);
        }
    }

    public record MoveUnitRequest(
            @NotNull(message = "Cần chọn đơn vị cấp trên mới") UUID newParentId,
            @NotNull(message = "Cần gửi kèm phiên bản (version) đang sửa") Long version) {
    }

    public record MergeUnitRequest(
            @NotNull(message = "Cần chọn đơn vị nhận sáp nhập") UUID intoUnitId,
            @NotNull(message = "Cần gửi kèm phiên bản (version) đang sửa") Long version) {
    }

    public record UserView(UUID id, String username, String fullName, String email, String role, List<String> roles,
            UUID unitId, String unitName, String unitPath, boolean active, boolean mustChangePassword, long version) {
        public static UserView of(UserWithUnit v) {
            var u = v.user();
            return new UserView(u.id, u.username, u.fullName, u.email, u.primaryRole(), List.copyOf(u.roles), u.unitId,
                    v.unit().name, v.unit().path, u.active, u.mustChangePassword, u.version);
        }
    }

    public record CreateUserRequest(
            @NotBlank(message = "Tên đăng nhập không được để trống")
            @Pattern(regexp = "[a-z0-9._-]{3,100}", message = "Tên đăng nhập gồm 3–100 ký tự chữ thường không dấu, số, dấu chấm, gạch")
            String username,
            @NotBlank(message = "Họ tên không được để trống") @Size(max = 200) String fullName,
            @NotBlank(message = "Thư điện tử không được để trống") @Email(message = "Thư điện tử không hợp lệ") @Size(max = 254) String email,
            @NotEmpty(message = "Cần chọn ít nhất một vai trò")
            List<@NotNull @Pattern(regexp = ROLE_PATTERN, message = "Vai trò không hợp lệ") String> roles,
            @NotNull(message = "Cần chọn đơn vị") UUID unitId,
            @NotBlank(message = "Mật khẩu tạm không được để trống") @Size(max = 200) String temporaryPassword) {

        public DirectoryCommands.NewUser toCommand() {
            return new DirectoryCommands.NewUser(username, fullName, email, roles, unitId, temporaryPassword);
        }
    }

    /** PATCH: an absent field stays as it is. */
    public record UpdateUserRequest(
            @Pattern(regexp = ".*\\S.*", message = "Họ tên không được để trống") @Size(max = 200) String fullName,
            @Email(message = "Thư điện tử không hợp lệ") @Size(max = 254) String email,
            @Size(min = 1, message = "Cần chọn ít nhất một vai trò")
            List<@NotNull @Pattern(regexp = ROLE_PATTERN, message = "Vai trò không hợp lệ") String> roles,
            UUID unitId,
            @NotNull(message = "Cần gửi kèm phiên bản (version) đang sửa") Long version) {

        public DirectoryCommands.UserChanges toCommand() {
            return new DirectoryCommands.UserChanges(fullName, email, roles, unitId, version);
        }
    }

    public record ResetPasswordRequest(
            @NotBlank(message = "Mật khẩu tạm không được để trống") @Size(max = 200) String temporaryPassword) {
    }

    public record LockView(UUID id, UUID userId, String username, String fullName, Instant lockedAt,
            Instant lockedUntil, Instant liftedAt, String liftedBy, boolean active) {
        public static LockView of(LockWithUser l) {
            return new LockView(l.lock().id, l.lock().userId, l.user().username, l.user().fullName, l.lock().lockedAt,
                    l.lock().lockedUntil, l.lock().liftedAt, l.lock().liftedBy, l.active());
        }
    }

    private DirectoryDtos() {
    }
}
