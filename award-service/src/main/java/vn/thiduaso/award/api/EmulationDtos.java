package vn.thiduaso.award.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.thiduaso.award.domain.AwardCluster;
import vn.thiduaso.award.domain.EmulationRegistration;
import vn.thiduaso.award.service.ClusterService;

/** Request and response records of /api/v1/emulation-registrations and /api/v1/emulation-clusters. */
public final class EmulationDtos {

    public record RegistrationView(UUID id, UUID unitId, String unitName, int year, List<String> formCodes, String note,
            Instant registeredAt, String registeredBy, long version) {

        public static RegistrationView of(EmulationRegistration r) {
            return new RegistrationView(r.id, r.unitId, r.unitName, r.year, List.copyOf(r.formCodes), r.note,
                    r.registeredAt, r.registeredBy, r.version);
        }
    }

    public record RegistrationRequest(
            @NotNull(message = "Cần danh sách danh hiệu, hình thức đăng ký")
            @Size(max = 20, message = "Tối đa 20 danh hiệu") List<String> formCodes,
            @Size(max = 4000, message = "Ghi chú tối đa 4000 ký tự") String note,
            Long version) {
    }

    public record MemberView(UUID unitId, String unitName, BigDecimal score, Integer rank) {
    }

    public record CovenantView(String text, Instant signedAt, String signedBy) {
    }

    public record ClusterView(UUID id, String name, int year, UUID communeId, UUID headUnitId, UUID deputyUnitId,
            List<MemberView> members, CovenantView covenant) {

        public static ClusterView of(ClusterService.ClusterDetail d) {
            AwardCluster c = d.cluster();
            return new ClusterView(c.id, c.name, c.year, c.communeId, c.headUnitId, c.deputyUnitId,
                    d.members().stream().map(m -> new MemberView(m.unitId(), m.unitName(), m.score(), m.rank())).toList(),
                    d.covenant().map(v -> new CovenantView(v.text(), v.signedAt(), v.signedBy())).orElse(null));
        }
    }

    public record CovenantRequest(@NotBlank(message = "Nội dung giao ước không được để trống")
            @Size(max = 20000, message = "Nội dung giao ước tối đa 20000 ký tự") String text) {
    }

    public record ScoreRequest(@NotNull(message = "Cần đơn vị") UUID unitId,
            @NotNull(message = "Cần điểm") @DecimalMin(value = "0", message = "Điểm từ 0 đến 9999.99")
            @DecimalMax(value = "9999.99", message = "Điểm từ 0 đến 9999.99") BigDecimal score,
            @NotNull(message = "Cần thứ hạng") Integer rank,
            @Size(max = 2000, message = "Ghi chú tối đa 2000 ký tự") String note) {
    }

    public record ScoresRequest(@NotEmpty(message = "Cần điểm của ít nhất một đơn vị")
            List<@NotNull @Valid ScoreRequest> scores) {

        List<ClusterService.Score> toScores() {
            return scores.stream().map(s -> new ClusterService.Score(s.unitId(), s.score(), s.rank(), s.note())).toList();
        }
    }

    private EmulationDtos() {
    }
}
