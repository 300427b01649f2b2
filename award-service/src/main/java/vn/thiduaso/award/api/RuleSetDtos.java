package vn.thiduaso.award.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.thiduaso.award.domain.AwardRule;
import vn.thiduaso.award.domain.DecidingAuthority;
import vn.thiduaso.award.domain.NomineeKind;
import vn.thiduaso.award.domain.Prerequisite;
import vn.thiduaso.award.domain.RuleStandard;
import vn.thiduaso.award.service.RuleSetService;

/** Request and response records of /api/v1/award-rule-sets. */
public final class RuleSetDtos {

    public record StandardView(String code, String text, List<NomineeKind> appliesTo) {
    }

    public record PrerequisiteView(String kind, String formCode, Integer years, Integer rank) {
    }

    public record RuleView(UUID id, String formCode, String formName, DecidingAuthority decidingAuthority,
            List<NomineeKind> recipientKinds, List<StandardView> standards, int minIntervalYears,
            List<PrerequisiteView> prerequisites, int voteThresholdPercent, int postingWorkingDays,
            Map<NomineeKind, BigDecimal> cashCoefficients) {

        static RuleView of(AwardRule r, Map<String, String> formNames) {
            return new RuleView(r.id, r.formCode, formNames.get(r.formCode), r.decidingAuthority,
                    List.copyOf(r.recipientKinds),
                    r.standards.stream().map(s -> new StandardView(s.code(), s.text(),
                            s.appliesTo() == null ? List.of() : s.appliesTo())).toList(),
                    r.minIntervalYears,
                    r.prerequisites.stream().map(p -> new PrerequisiteView(p.kind(), p.formCode(), p.years(), p.rank()))
                            .toList(),
                    r.voteThresholdPercent, r.postingWorkingDays, Map.copyOf(r.cashCoefficients));
        }
    }

    public record RuleSetView(UUID id, String code, String name, String legalBasis, LocalDate effectiveFrom,
            boolean inForce, List<RuleView> rules) {

        public static RuleSetView of(RuleSetService.RuleSetDetail d) {
            return new RuleSetView(d.ruleSet().id, d.ruleSet().code, d.ruleSet().name, d.ruleSet().legalBasis,
                    d.ruleSet().effectiveFrom, d.inForce(), d.rules().stream().map(r -> RuleView.of(r, d.formNames())).toList());
        }
    }

    public record StandardRequest(
            @NotBlank(message = "Mã tiêu chuẩn không được để trống") @Size(max = 60, message = "Mã tiêu chuẩn tối đa 60 ký tự") String code,
            @NotBlank(message = "Nội dung tiêu chuẩn không được để trống") @Size(max = 2000, message = "Nội dung tiêu chuẩn tối đa 2000 ký tự") String text,
            List<@NotNull(message = "Đối tượng không hợp lệ") NomineeKind> appliesTo) {
    }

    public record PrerequisiteRequest(@NotBlank(message = "Cần loại điều kiện") String kind, String formCode,
            Integer years, Integer rank) {
    }

    public record RuleRequest(
            @NotBlank(message = "Cần mã hình thức khen thưởng") String formCode,
            @NotNull(message = "Cần thẩm quyền quyết định") DecidingAuthority decidingAuthority,
            @NotEmpty(message = "Cần ít nhất một đối tượng được khen thưởng")
            List<@NotNull(message = "Đối tượng không hợp lệ") NomineeKind> recipientKinds,
            List<@NotNull @Valid StandardRequest> standards,
            @Min(value = 0, message = "Khoảng cách tối thiểu từ 0 năm") @Max(value = 50, message = "Khoảng cách tối đa 50 năm") int minIntervalYears,
            List<@NotNull @Valid PrerequisiteRequest> prerequisites,
            @Min(value = 1, message = "Tỷ lệ phiếu từ 1 đến 100") @Max(value = 100, message = "Tỷ lệ phiếu từ 1 đến 100") int voteThresholdPercent,
            @Min(value = 0, message = "Số ngày làm việc công khai từ 0 đến 60") @Max(value = 60, message = "Số ngày làm việc công khai từ 0 đến 60") int postingWorkingDays,
            Map<@NotNull NomineeKind, @NotNull @DecimalMin(value = "0", message = "Hệ số tiền thưởng không âm") BigDecimal> cashCoefficients) {

        RuleSetService.NewRule toRule() {
            return new RuleSetService.NewRule(formCode, decidingAuthority, recipientKinds,
                    standards == null ? List.of() : standards.stream()
                            .map(s -> new RuleStandard(s.code().strip(), s.text().strip(), s.appliesTo())).toList(),
                    minIntervalYears,
                    prerequisites == null ? List.of() : prerequisites.stream()
                            .map(p -> new Prerequisite(p.kind(), p.formCode(), p.years(), p.rank())).toList(),
                    voteThresholdPercent, postingWorkingDays, cashCoefficients);
        }
    }

    public record CreateRuleSetRequest(
            @NotBlank(message = "Mã bộ quy tắc không được để trống")
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*", message = "Mã bộ quy tắc chỉ gồm chữ không dấu, số và dấu gạch ngang")
            @Size(max = 60, message = "Mã bộ quy tắc tối đa 60 ký tự") String code,
            @NotBlank(message = "Tên bộ quy tắc không được để trống") @Size(max = 500, message = "Tên bộ quy tắc tối đa 500 ký tự") String name,
            @Size(max = 4000, message = "Căn cứ pháp lý tối đa 4000 ký tự") String legalBasis,
            @NotNull(message = "Cần ngày có hiệu lực") LocalDate effectiveFrom,
            @NotEmpty(message = "Cần ít nhất một quy tắc") List<@NotNull @Valid RuleRequest> rules) {

        RuleSetService.NewRuleSet toNew() {
            return new RuleSetService.NewRuleSet(code, name, legalBasis, effectiveFrom,
                    rules.stream().map(RuleRequest::toRule).toList());
        }
    }

    private RuleSetDtos() {
    }
}
