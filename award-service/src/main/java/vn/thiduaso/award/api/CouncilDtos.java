package vn.thiduaso.award.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.thiduaso.award.domain.NomineeKind;
import vn.thiduaso.award.domain.council.BallotChoice;
import vn.thiduaso.award.domain.council.Seat;
import vn.thiduaso.award.domain.council.SessionStatus;
import vn.thiduaso.award.domain.council.Tally;
import vn.thiduaso.award.service.CouncilService;

/** Requests and answers of the council sessions (Hội đồng Thi đua - Khen thưởng). */
public final class CouncilDtos {

    public record MemberRequest(
            @NotNull(message = "Cần chọn thành viên") UUID userId,
            @NotNull(message = "Cần chọn chức danh: CHAIR, SECRETARY hoặc MEMBER") Seat seat) {
    }

    public record CreateSessionRequest(
            @NotNull(message = "Cần chọn đợt khen thưởng") UUID roundId,
            @NotBlank(message = "Cần nhập tên phiên họp") @Size(max = 1000, message = "Tên phiên họp tối đa 1000 ký tự") String title,
            LocalDate scheduledOn,
            @Size(max = 500, message = "Địa điểm tối đa 500 ký tự") String location,
            boolean secretBallot,
            @Min(value = 1, message = "Tỷ lệ tối thiểu có mặt từ 1 đến 100") @Max(value = 100, message = "Tỷ lệ tối thiểu có mặt từ 1 đến 100") Integer quorumPercent,
            @NotEmpty(message = "Cần ít nhất một thành viên Hội đồng") @Size(max = 100, message = "Tối đa 100 thành viên") List<@Valid @NotNull(message = "Cần chọn thành viên") MemberRequest> members,
            @Size(max = 500, message = "Tối đa 500 hồ sơ") List<@NotNull(message = "Cần mã hồ sơ") UUID> nominationIds) {

        CouncilService.NewSession toNew() {
            return new CouncilService.NewSession(roundId, title, scheduledOn, location, secretBallot, quorumPercent,
                    members.stream().map(m -> new CouncilService.MemberSeat(m.userId(), m.seat())).toList(), nominationIds);
        }
    }

    public record AttendanceRequest(
            @NotNull(message = "Cần danh sách thành viên có mặt (có thể rỗng)") @Size(max = 100, message = "Tối đa 100 thành viên") List<@NotNull(message = "Cần mã thành viên") UUID> present) {
    }

    public record OpenSessionRequest(
            @NotNull(message = "Cần thời hạn kết thúc biểu quyết") Instant votingClosesAt) {
    }

    public record RecusalRequest(
            @NotNull(message = "Cần chọn hồ sơ") UUID nominationId,
            @NotBlank(message = "Cần nêu lý do không tham gia biểu quyết") @Size(max = 2000, message = "Lý do tối đa 2000 ký tự") String reason) {
    }

    public record VoteRequest(
            @NotNull(message = "Cần chọn hồ sơ") UUID nominationId,
            @NotNull(message = "Cần chọn AGREE, DISAGREE hoặc ABSTAIN") BallotChoice choice) {
    }

    public record BallotRequest(
            @NotEmpty(message = "Cần ít nhất một phiếu biểu quyết") @Size(max = 500, message = "Tối đa 500 phiếu") List<@Valid @NotNull(message = "Cần phiếu biểu quyết") VoteRequest> votes) {

        List<CouncilService.Ballot> toBallots() {
            return votes.stream().map(v -> new CouncilService.Ballot(v.nominationId(), v.choice())).toList();
        }
    }

    public record MemberView(UUID userId, String username, String fullName, Seat seat, boolean present, boolean voted) {
    }

    public record RecusalView(UUID userId, String fullName, String reason) {
    }

    public record BallotView(UUID userId, String fullName, BallotChoice choice) {
    }

    public record TallyView(int agree, int disagree, int abstain, int recused, int notVoted, boolean passed) {

        static TallyView of(Tally t) {
            return t == null ? null : new TallyView(t.agree(), t.disagree(), t.abstain(), t.recused(), t.notVoted(), t.passed());
        }
    }

    /**
     * One nomination on the agenda. {@code votedCount} is how many members voted (live); {@code tally}
     * only after the close; {@code ballots} (who chose what) only for an open ballot after the close,
     * never for a secret one; {@code myChoice} is the caller's own.
     */
    public record AgendaItemView(UUID nominationId, int position, NomineeKind nomineeKind, String nomineeName,
            UUID nominatingUnitId, String nominatingUnitName, String formCode, String formName, String achievements,
            Integer thresholdPercent, BallotChoice myChoice, boolean iRecused, List<RecusalView> recusals, int votedCount,
            TallyView tally, List<BallotView> ballots) {

        static AgendaItemView of(CouncilService.AgendaLine a) {
            return new AgendaItemView(a.nominationId(), a.position(), a.nomineeKind(), a.nomineeName(), a.nominatingUnitId(),
                    a.nominatingUnitName(), a.formCode(), a.formName(), a.achievements(), a.thresholdPercent(), a.myChoice(),
                    a.iRecused(), a.recusals().stream().map(r -> new RecusalView(r.userId(), r.fullName(), r.reason())).toList(),
                    a.votedCount(), TallyView.of(a.tally()),
                    a.ballots() == null ? null
                            : a.ballots().stream().map(b -> new BallotView(b.userId(), b.fullName(), b.choice())).toList());
        }
    }

    public record MeView(boolean member, Seat seat) {
    }

    public record SessionView(UUID id, UUID roundId, String roundTitle, String communePath, String title,
            LocalDate scheduledOn, String location, boolean secretBallot, int quorumPercent, SessionStatus status,
            Instant openedAt, Instant votingClosesAt, Instant closedAt, int totalMembers, int presentCount,
            boolean quorumMet, List<MemberView> members, List<AgendaItemView> agenda, MeView me, long version) {

        static SessionView of(CouncilService.SessionDetail d) {
            var s = d.session();
            return new SessionView(s.id, s.roundId, d.round() != null ? d.round().title : null, s.communePath, s.title,
                    s.scheduledOn, s.location, s.secretBallot, s.quorumPercent, s.status, s.openedAt, s.votingClosesAt,
                    s.closedAt, d.totalMembers(), d.presentCount(), d.quorumMet(),
                    d.members().stream().map(m -> new MemberView(m.userId(), m.username(), m.fullName(), m.seat(),
                            m.present(), m.voted())).toList(),
                    d.agenda().stream().map(AgendaItemView::of).toList(), new MeView(d.mySeat() != null, d.mySeat()),
                    s.version);
        }
    }

    private CouncilDtos() {
    }
}
