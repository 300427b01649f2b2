package vn.thiduaso.award.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.thiduaso.award.domain.AwardMethod;
import vn.thiduaso.award.domain.AwardRecord;
import vn.thiduaso.award.domain.DecidingAuthority;
import vn.thiduaso.award.domain.NomineeKind;
import vn.thiduaso.award.service.AwardRecordService;

/** Request and response records of /api/v1/award-records (tra cứu khen thưởng). */
public final class AwardRecordDtos {

    public record AwardRecordView(UUID id, NomineeKind nomineeKind, String nomineeName, LocalDate dateOfBirth,
            String positionTitle, UUID unitId, String unitName, String formCode, String formName, int year,
            String movementTitle, AwardMethod method, String decisionNumber, LocalDate decisionDate,
            DecidingAuthority decidingAuthority, Long cashAmountVnd, AwardRecord.Source source, String achievement,
            UUID nominationId, boolean annulled, String annulReason, String annulDecisionRef, Instant annulledAt) {

        public static AwardRecordView of(AwardRecord r) {
            return new AwardRecordView(r.id, r.nomineeKind, r.nomineeName, r.dateOfBirth, r.positionTitle, r.unitId,
                    r.unitName, r.formCode, r.formName, r.year, r.movementTitle, r.method, r.decisionNumber,
                    r.decisionDate, r.decidingAuthority, r.cashAmountVnd, r.source, r.achievement, r.nominationId,
                    r.annulled(), r.annulReason, r.annulDecisionRef, r.annulledAt);
        }
    }

    /** An award decided before the system; {@code decidingAuthority} defaults to the rule's of the form. */
    public record ImportAwardRecordRequest(
            @NotNull(message = "Cần loại đối tượng") NomineeKind nomineeKind,
            @Size(max = 500, message = "Tên tối đa 500 ký tự") String nomineeName,
            LocalDate dateOfBirth,
            @Size(max = 300, message = "Chức vụ tối đa 300 ký tự") String positionTitle,
            @NotNull(message = "Cần đơn vị") UUID unitId,
            @NotBlank(message = "Cần mã hình thức khen thưởng") String formCode,
            @NotNull(message = "Cần năm khen thưởng") @Min(value = 1945, message = "Năm từ 1945 đến 2100")
            @Max(value = 2100, message = "Năm từ 1945 đến 2100") Integer year,
            @Size(max = 1000, message = "Tên phong trào tối đa 1000 ký tự") String movementTitle,
            AwardMethod method,
            @Size(max = 100, message = "Số quyết định tối đa 100 ký tự") String decisionNumber,
            @NotNull(message = "Cần ngày quyết định") LocalDate decisionDate,
            DecidingAuthority decidingAuthority,
            @PositiveOrZero(message = "Tiền thưởng không âm") Long cashAmountVnd,
            @Size(max = 10000, message = "Thành tích tối đa 10000 ký tự") String achievement) {

        AwardRecordService.PastAward toPast() {
            return new AwardRecordService.PastAward(nomineeKind, nomineeName, dateOfBirth, positionTitle, unitId, formCode,
                    year, movementTitle, method, decisionNumber, decisionDate, decidingAuthority, cashAmountVnd,
                    achievement);
        }
    }

    private AwardRecordDtos() {
    }
}
