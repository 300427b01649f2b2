package vn.thiduaso.award.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.thiduaso.award.domain.AwardMethod;
import vn.thiduaso.award.domain.AwardRecord;
import vn.thiduaso.award.domain.DecidingAuthority;
import vn.thiduaso.award.domain.DecisionStatus;
import vn.thiduaso.award.domain.NomineeKind;
import vn.thiduaso.award.service.DecisionService.DecisionDetail;

/** Request and response records of commune decisions and annulment. */
public final class DecisionDtos {

    public record CreateDecisionRequest(@NotNull(message = "Cần chọn đợt khen thưởng") UUID roundId,
            @NotBlank(message = "Cần ghi trích yếu của quyết định") @Size(max = 1000, message = "Trích yếu tối đa 1000 ký tự") String title,
            @Size(max = 10000, message = "Căn cứ tối đa 10000 ký tự") String basis,
            @NotEmpty(message = "Cần chọn ít nhất một hồ sơ") @Size(max = 500, message = "Tối đa 500 hồ sơ một quyết định") List<UUID> nominationIds) {
    }

    public record UpdateDecisionRequest(@NotNull(message = "Cần gửi kèm phiên bản (version)") Long version,
            @NotBlank(message = "Cần ghi trích yếu của quyết định") @Size(max = 1000, message = "Trích yếu tối đa 1000 ký tự") String title,
            @Size(max = 10000, message = "Căn cứ tối đa 10000 ký tự") String basis,
            @NotEmpty(message = "Cần chọn ít nhất một hồ sơ") @Size(max = 500, message = "Tối đa 500 hồ sơ một quyết định") List<UUID> nominationIds) {
    }

    /** {@code decisionDate} defaults to today; {@code signerTitle} to "Chủ tịch" ("Phó Chủ tịch" signs KT. CHỦ TỊCH). */
    public record SignDecisionRequest(LocalDate decisionDate,
            @Size(max = 300, message = "Chức vụ người ký tối đa 300 ký tự") String signerTitle) {
    }

    public record DecisionItemView(UUID nominationId, NomineeKind nomineeKind, String nomineeName, String unitName,
            String formName, Long cashAmountVnd) {
    }

    public record DecisionView(UUID id, UUID roundId, int year, String number, String title, String basis,
            DecisionStatus status, LocalDate decisionDate, String draftedBy, String signedBy, String signerName,
            String signerTitle, Instant signedAt, List<DecisionItemView> items, long totalCashVnd, long version) {

        public static DecisionView of(DecisionDetail detail) {
            var d = detail.decision();
            return new DecisionView(d.id, d.roundId, d.year, d.number, d.title, d.basis, d.status, d.decisionDate,
                    d.draftedBy, d.signedBy, d.signerName, d.signerTitle, d.signedAt,
                    detail.items().stream().map(i -> new DecisionItemView(i.nomination().id, i.nomination().nomineeKind,
                            i.nomination().nomineeName, i.unitName(), i.formName(), i.cashAmountVnd())).toList(),
                    detail.totalCashVnd(), d.version);
        }
    }

    public record AnnulmentRequest(
            @NotBlank(message = "Cần ghi lý do hủy khen thưởng") @Size(max = 5000, message = "Lý do tối đa 5000 ký tự") String reason,
            @NotBlank(message = "Cần ghi số, ngày của quyết định hủy") @Size(max = 300, message = "Số quyết định hủy tối đa 300 ký tự") String decisionRef) {
    }

    /** The award record after annulment, shaped as the award history's AwardRecordView (the same fields). */
    public record AnnulledAwardView(UUID id, NomineeKind nomineeKind, String nomineeName, LocalDate dateOfBirth,
            String positionTitle, UUID unitId, String unitName, String formCode, String formName, int year,
            String movementTitle, AwardMethod method, String decisionNumber, LocalDate decisionDate,
            DecidingAuthority decidingAuthority, Long cashAmountVnd, AwardRecord.Source source, String achievement,
            UUID nominationId, boolean annulled, String annulReason, String annulDecisionRef, Instant annulledAt) {

        public static AnnulledAwardView of(AwardRecord r) {
            return new AnnulledAwardView(r.id, r.nomineeKind, r.nomineeName, r.dateOfBirth, r.positionTitle, r.unitId,
                    r.unitName, r.formCode, r.formName, r.year, r.movementTitle, r.method, r.decisionNumber,
                    r.decisionDate, r.decidingAuthority, r.cashAmountVnd, r.source, r.achievement, r.nominationId,
                    r.annulled(), r.annulReason, r.annulDecisionRef, r.annulledAt);
        }
    }

    public record ClockRequest(@NotNull(message = "Cần độ lệch tính bằng giây") Long offsetSeconds) {
    }

    public record ClockView(long offsetSeconds, Instant now) {
    }

    private DecisionDtos() {
    }
}
