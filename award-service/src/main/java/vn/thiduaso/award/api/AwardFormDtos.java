package vn.thiduaso.award.api;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.thiduaso.award.domain.AwardForm;
import vn.thiduaso.award.domain.AwardLevel;
import vn.thiduaso.award.domain.RecipientKind;
import vn.thiduaso.award.service.AwardFormService;

/** Request and response records of /api/v1/award-forms. */
public final class AwardFormDtos {

    static final String CODE_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String CODE_MESSAGE = "Mã hình thức chỉ gồm chữ thường không dấu, số và dấu gạch ngang";

    /** {@code forwarded}: the commune only proposes; a higher level decides. */
    public record AwardFormView(UUID id, String code, String name, AwardLevel level, AwardLevel decidingLevel,
            boolean forwarded, List<RecipientKind> recipientKinds, int rank, boolean active, long version) {

        public static AwardFormView of(AwardForm f) {
            return new AwardFormView(f.id, f.code, f.name, f.level, f.decidingLevel, f.forwarded(),
                    f.recipientKinds.stream().sorted().toList(), f.rank, f.active, f.version);
        }
    }

    /** {@code decidingLevel} defaults to {@code level}, {@code rank} to after the last form, {@code active} to true. */
    public record CreateAwardFormRequest(
            @NotBlank(message = "Mã hình thức không được để trống")
            @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE)
            @Size(max = 60, message = "Mã hình thức tối đa 60 ký tự") String code,
            @NotBlank(message = "Tên hình thức khen thưởng không được để trống")
            @Size(max = 300, message = "Tên hình thức khen thưởng tối đa 300 ký tự") String name,
            @NotNull(message = "Cần chọn cấp khen thưởng") AwardLevel level,
            AwardLevel decidingLevel,
            @NotEmpty(message = "Cần chọn ít nhất một đối tượng được khen thưởng")
            Set<@NotNull(message = "Đối tượng khen thưởng không hợp lệ") RecipientKind> recipientKinds,
            @Min(value = 1, message = "Thứ tự phải từ 1 trở lên") @Max(value = 100000, message = "Thứ tự tối đa 100000") Integer rank,
            Boolean active) {

        AwardFormService.AwardFormChange toChange() {
            return new AwardFormService.AwardFormChange(code, name, level, decidingLevel, recipientKinds, rank, active);
        }
    }

    /** Replaces every field; {@code version} is the one the client read (409 when stale). */
    public record UpdateAwardFormRequest(
            @NotBlank(message = "Mã hình thức không được để trống")
            @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE)
            @Size(max = 60, message = "Mã hình thức tối đa 60 ký tự") String code,
            @NotBlank(message = "Tên hình thức khen thưởng không được để trống")
            @Size(max = 300, message = "Tên hình thức khen thưởng tối đa 300 ký tự") String name,
            @NotNull(message = "Cần chọn cấp khen thưởng") AwardLevel level,
            @NotNull(message = "Cần chọn cấp quyết định khen thưởng") AwardLevel decidingLevel,
            @NotEmpty(message = "Cần chọn ít nhất một đối tượng được khen thưởng")
            Set<@NotNull(message = "Đối tượng khen thưởng không hợp lệ") RecipientKind> recipientKinds,
            @NotNull(message = "Cần thứ tự hiển thị")
            @Min(value = 1, message = "Thứ tự phải từ 1 trở lên") @Max(value = 100000, message = "Thứ tự tối đa 100000") Integer rank,
            @NotNull(message = "Cần cho biết hình thức còn áp dụng hay không") Boolean active,
            @NotNull(message = "Cần phiên bản hiện tại của hình thức khen thưởng") Long version) {

        AwardFormService.AwardFormChange toChange() {
            return new AwardFormService.AwardFormChange(code, name, level, decidingLevel, recipientKinds, rank, active);
        }
    }

    private AwardFormDtos() {
    }
}
