package vn.thiduaso.plan.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request and response records of /api/v1/plans. */
public final class PlanDtos {

    public record UnitRef(UUID id, String name, String path) {
    }

    public record PlanSummary(UUID id, String number, String title, String status, UnitRef issuingUnit,
            Instant issuedAt, Instant createdAt, long version) {
    }

    public record AddresseeView(UUID unitId, String unitName, String unitPath) {
    }

    public record ObligationView(UUID id, String title, UnitRef recipientUnit, int dueDay, int dueMonth,
            int firstYear, int lastYear) {
    }

    public record PlanDetail(UUID id, String number, String title, String status, UnitRef issuingUnit,
            Instant issuedAt, Instant createdAt, long version, String summary, String signerName, String signerTitle,
            String createdBy, String issuedBy, List<AddresseeView> addressees,
            List<ObligationView> reportingObligations) {
    }

    public record CreatePlanRequest(
            @NotBlank(message = "Tên kế hoạch không được để trống") @Size(max = 500, message = "Tên kế hoạch tối đa 500 ký tự") String title,
            @Size(max = 60, message = "Số/ký hiệu tối đa 60 ký tự") String number,
            @Size(max = 20000) String summary,
            @NotNull(message = "Cần chọn đơn vị ban hành") UUID issuingUnitId,
            @Size(max = 200) String signerName,
            @Size(max = 200) String signerTitle,
            @NotEmpty(message = "Cần ít nhất một đơn vị thực hiện") @Size(max = 500) List<@NotNull UUID> addresseeUnitIds,
            @NotEmpty(message = "Cần ít nhất một nghĩa vụ báo cáo") @Size(max = 20) List<@Valid @NotNull ObligationRequest> reportingObligations) {
    }

    public record ObligationRequest(
            @NotBlank(message = "Tên nghĩa vụ báo cáo không được để trống") @Size(max = 500) String title,
            @NotNull(message = "Cần chọn đơn vị nhận báo cáo") UUID recipientUnitId,
            @NotNull(message = "Cần ngày hạn") @Min(value = 1, message = "Ngày từ 1 đến 31") @Max(value = 31, message = "Ngày từ 1 đến 31") Integer dueDay,
            @NotNull(message = "Cần tháng hạn") @Min(value = 1, message = "Tháng từ 1 đến 12") @Max(value = 12, message = "Tháng từ 1 đến 12") Integer dueMonth,
            @NotNull(message = "Cần năm bắt đầu") @Min(value = 2000, message = "Năm không hợp lệ") @Max(value = 2100, message = "Năm không hợp lệ") Integer firstYear,
            @NotNull(message = "Cần năm kết thúc") @Min(value = 2000, message = "Năm không hợp lệ") @Max(value = 2100, message = "Năm không hợp lệ") Integer lastYear) {

        @AssertTrue(message = "Năm kết thúc không được trước năm bắt đầu")
        public boolean isLastYear() {
            return firstYear == null || lastYear == null || lastYear >= firstYear;
        }

        @AssertTrue(message = "Ngày hạn không tồn tại trong tháng này")
        public boolean isDueDay() {
            if (dueDay == null || dueMonth == null || dueMonth < 1 || dueMonth > 12) {
                return true;
            }
            return dueDay <= java.time.Month.of(dueMonth).maxLength() && !(dueMonth == 2 && dueDay == 29);
        }
    }

    public record IssuePlanRequest(
            @Size(max = 60, message = "Số/ký hiệu tối đa 60 ký tự") String number,
            @NotNull(message = "Cần phiên bản hiện tại của kế hoạch") Long version) {
    }

    private PlanDtos() {
    }
}
