package vn.thiduaso.award.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.thiduaso.award.domain.AwardMethod;
import vn.thiduaso.award.domain.AwardRound;
import vn.thiduaso.award.domain.DecidingAuthority;
import vn.thiduaso.award.domain.NomineeKind;
import vn.thiduaso.award.domain.RoundOccasion;
import vn.thiduaso.award.domain.RoundStatus;
import vn.thiduaso.award.messaging.AwardRoundEvents.NominatorUnit;
import vn.thiduaso.award.service.AwardRoundService;

/** Request and response records of /api/v1/award-rounds. */
public final class AwardRoundDtos {

    /** decidingAuthority and recipientKinds come from the rule set in force today (null when none covers the form). */
    public record RoundFormView(String code, String name, String level, int rank, DecidingAuthority decidingAuthority,
            List<NomineeKind> recipientKinds) {
    }

    public record NominatorUnitView(UUID unitId, String unitPath, String unitName) {

        static NominatorUnitView of(NominatorUnit u) {
            return new NominatorUnitView(u.unitId(), u.unitPath(), u.unitName());
        }
    }

    public record RoundView(UUID id, UUID communeId, String communePath, String communeName, UUID planId,
            RoundOccasion occasion, AwardMethod method, int year, String title, String movementTitle,
            Instant nominationDeadline, LocalDate councilDate, LocalDate decisionDate, List<UUID> nominatorUnitIds,
            RoundStatus status, List<RoundFormView> forms, boolean canNominate, List<NominatorUnitView> nominatorUnits,
            long version, Instant createdAt, String createdBy) {

        public static RoundView of(AwardRoundService.RoundDetail d) {
            AwardRound r = d.round();
            return new RoundView(r.id, r.communeId, r.communePath, r.communeName, r.planId, r.occasion, r.method, r.year,
                    r.title, r.movementTitle, r.nominationDeadline, r.councilDate, r.decisionDate,
                    r.nominatorUnitIds == null ? null : List.copyOf(r.nominatorUnitIds), r.status,
                    d.forms().stream().map(f -> new RoundFormView(f.code(), f.name(), f.level(), f.rank(),
                            f.rule() == null ? null : f.rule().decidingAuthority,
                            f.rule() == null ? List.of() : List.copyOf(f.rule().recipientKinds))).toList(),
                    d.canNominate(), d.nominatorUnits().stream().map(NominatorUnitView::of).toList(), r.version,
                    r.createdAt, r.createdBy);
        }
    }

    /** From a plan: planId, occasion, year; ad hoc: occasion AD_HOC, communeId (default: the office's commune), title, formCodes. */
    public record CreateRoundRequest(UUID planId, UUID communeId,
            @NotNull(message = "Cần dịp khen thưởng") RoundOccasion occasion,
            @NotNull(message = "Cần năm khen thưởng") @Min(value = 2000, message = "Năm từ 2000 đến 2100")
            @Max(value = 2100, message = "Năm từ 2000 đến 2100") Integer year,
            @Size(max = 1000, message = "Tên đợt tối đa 1000 ký tự") String title,
            @NotNull(message = "Cần hạn gửi hồ sơ đề nghị") Instant nominationDeadline,
            LocalDate councilDate, LocalDate decisionDate,
            @Size(max = 50, message = "Tối đa 50 hình thức") List<String> formCodes,
            @Size(max = 500, message = "Tối đa 500 đơn vị") List<UUID> nominatorUnitIds) {

        AwardRoundService.NewRound toNew() {
            return new AwardRoundService.NewRound(planId, communeId, occasion, year, title, nominationDeadline,
                    councilDate, decisionDate, formCodes, nominatorUnitIds);
        }
    }

    /** Only the fields sent change; {@code version} is the one read (409 when stale). */
    public record UpdateRoundRequest(@NotNull(message = "Cần phiên bản đã đọc") Long version,
            @Size(max = 1000, message = "Tên đợt tối đa 1000 ký tự") String title,
            Instant nominationDeadline, LocalDate councilDate, LocalDate decisionDate,
            @Size(max = 50, message = "Tối đa 50 hình thức") List<String> formCodes,
            @Size(max = 500, message = "Tối đa 500 đơn vị") List<UUID> nominatorUnitIds) {

        AwardRoundService.RoundChange toChange() {
            return new AwardRoundService.RoundChange(version, title, nominationDeadline, councilDate, decisionDate,
                    formCodes, nominatorUnitIds);
        }
    }

    public record CloseRoundRequest(Long version) {
    }

    private AwardRoundDtos() {
    }
}
