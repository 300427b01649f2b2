package vn.thiduaso.plan.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.thiduaso.plan.domain.Cluster;
import vn.thiduaso.plan.service.ClusterService.ClusterFields;

/** Request and response records of /api/v1/clusters (khối thi đua). */
public final class ClusterDtos {

    public record ClusterView(UUID id, String name, UUID communeId, int year, UUID headUnitId, UUID deputyUnitId,
            List<UUID> memberUnitIds, long version) {
        public static ClusterView of(Cluster c) {
            return new ClusterView(c.id, c.name, c.communeId, c.year, c.headUnitId, c.deputyUnitId,
                    List.copyOf(c.memberUnitIds), c.version);
        }
    }

    public record CreateClusterRequest(
            @NotBlank(message = "Tên khối không được để trống") @Size(max = 300) String name,
            @NotNull(message = "Cần chọn xã, phường") UUID communeId,
            @NotNull(message = "Cần chọn năm") @Min(value = 2000, message = "Năm không hợp lệ")
            @Max(value = 2100, message = "Năm không hợp lệ") Integer year,
            UUID headUnitId,
            UUID deputyUnitId,
            @Size(max = 500) List<@NotNull(message = "Cần mã đơn vị") UUID> memberUnitIds) {

        public ClusterFields toFields() {
            return new ClusterFields(name, communeId, year, headUnitId, deputyUnitId,
                    memberUnitIds == null ? List.of() : memberUnitIds, null);
        }
    }

    /** PATCH: an absent field stays as it is; {@code memberUnitIds} replaces the members. */
    public record UpdateClusterRequest(
            @Pattern(regexp = ".*\\S.*", message = "Tên khối không được để trống") @Size(max = 300) String name,
            @Min(value = 2000, message = "Năm không hợp lệ") @Max(value = 2100, message = "Năm không hợp lệ") Integer year,
            UUID headUnitId,
            UUID deputyUnitId,
            @Size(max = 500) List<@NotNull(message = "Cần mã đơn vị") UUID> memberUnitIds,
            @NotNull(message = "Cần gửi kèm phiên bản (version) đang sửa") Long version) {

        public ClusterFields toFields() {
            return new ClusterFields(name, null, year, headUnitId, deputyUnitId, memberUnitIds, version);
        }
    }

    private ClusterDtos() {
    }
}
