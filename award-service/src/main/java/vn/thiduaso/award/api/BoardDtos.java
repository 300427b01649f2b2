package vn.thiduaso.award.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.thiduaso.award.domain.BoardDecision;
import vn.thiduaso.award.domain.Nomination;
import vn.thiduaso.award.domain.NominationStatus;
import vn.thiduaso.award.domain.NomineeKind;
import vn.thiduaso.award.domain.Nominee;
import vn.thiduaso.award.repository.ForwardingRepository.AttachmentRow;
import vn.thiduaso.award.service.BoardService;
import vn.thiduaso.award.service.ForwardingService;

/** Request and response records of /api/v1/forwardings and /api/v1/board. */
public final class BoardDtos {

    public record ForwardRequest(
            @NotNull(message = "Cần chọn đợt khen thưởng") UUID roundId,
            @NotEmpty(message = "Cần chọn ít nhất một hồ sơ để chuyển") List<UUID> nominationIds,
            @Size(max = 100, message = "Số tờ trình tối đa 100 ký tự") String letterNumber,
            @Size(max = 4000, message = "Ghi chú tối đa 4000 ký tự") String note) {

        ForwardingService.ForwardCommand toCommand() {
            return new ForwardingService.ForwardCommand(roundId, nominationIds, letterNumber, note);
        }
    }

    public record ForwardingItemView(UUID nominationId, NomineeKind nomineeKind, String nomineeName,
            String nominatingUnitName, String formCode, String formName, NominationStatus status) {
    }

    public record ForwardingView(UUID id, UUID roundId, UUID communeId, String communeName, UUID boardUnitId,
            String boardUnitPath, String boardUnitName, String letterNumber, String note, Instant forwardedAt,
            String forwardedBy, List<ForwardingItemView> items) {

        static ForwardingView of(ForwardingService.ForwardingDetail d) {
            var f = d.forwarding();
            return new ForwardingView(f.id, f.roundId, f.communeId, d.communeName(), f.boardUnitId, f.boardUnitPath,
                    d.boardUnitName(), f.letterNumber, f.note, f.forwardedAt, f.forwardedBy,
                    d.nominations().stream().map(n -> new ForwardingItemView(n.id, n.nomineeKind, n.nomineeName,
                            n.nominatingUnitName, n.formCode, d.formNames().getOrDefault(n.formCode, n.formCode), n.status))
                            .toList());
        }
    }

    public record CommuneRef(UUID id, String name) {
    }

    public record CouncilTally(int agree, int disagree, int abstain, int totalMembers) {
    }

    /** {@code downloadPath}: GET it with the same token for the file's bytes. */
    public record AttachmentView(UUID id, String kind, String fileName, String mediaType, long sizeBytes, String sha256,
            String downloadPath) {

        static AttachmentView of(AttachmentRow a) {
            return new AttachmentView(a.id(), a.kind(), a.fileName(), a.mediaType(), a.sizeBytes(), a.sha256(),
                    "/api/v1/board/nominations/" + a.nominationId() + "/attachments/" + a.id());
        }
    }

    public record BoardDecisionView(UUID receiptId, BoardDecision.Outcome outcome, String decisionNumber,
            LocalDate decisionDate, String decidingBody, String note, String decidedBy, Instant receivedAt) {

        static BoardDecisionView of(BoardDecision d) {
            return new BoardDecisionView(d.id, d.outcome, d.decisionNumber, d.decisionDate, d.decidingBody, d.note,
                    d.decidedBy, d.receivedAt);
        }
    }

    public record BoardNominationView(UUID nominationId, UUID forwardingId, Instant forwardedAt, CommuneRef commune,
            NomineeKind nomineeKind, String nomineeName, Nominee nominee, String nominatingUnitName, String formCode,
            String formName, String achievements, CouncilTally council, List<AttachmentView> attachments,
            NominationStatus status, BoardDecisionView boardDecision) {

        static BoardNominationView of(BoardService.BoardNomination b) {
            Nomination n = b.nomination();
            return new BoardNominationView(n.id, b.forwarding().id, b.forwarding().forwardedAt,
                    new CommuneRef(b.communeId(), b.communeName()), n.nomineeKind, n.nomineeName, n.nominee,
                    n.nominatingUnitName, n.formCode, b.formName(), n.achievements,
                    b.council().map(t -> new CouncilTally(t.agree(), t.disagree(), t.abstain(), t.totalMembers())).orElse(null),
                    b.attachments().stream().map(AttachmentView::of).toList(), n.status,
                    b.decision().map(BoardDecisionView::of).orElse(null));
        }
    }

    /** The platform's page ({@code items, page, size, total}) of board dossiers, named for the OpenAPI schema. */
    public record BoardNominationPage(List<BoardNominationView> items, int page, int size, long total) {

        static BoardNominationPage of(vn.thiduaso.platform.paging.PageResponse<BoardNominationView> p) {
            return new BoardNominationPage(p.items(), p.page(), p.size(), p.total());
        }
    }

    public record BoardDecisionRequest(
            @NotNull(message = "Cần chọn kết quả: ACCEPTED (khen thưởng) hoặc REFUSED (không khen thưởng)")
            BoardDecision.Outcome outcome,
            @NotBlank(message = "Cần số quyết định hoặc số văn bản trả lời")
            @Size(max = 100, message = "Số quyết định tối đa 100 ký tự") String decisionNumber,
            @NotNull(message = "Cần ngày quyết định (yyyy-MM-dd)") LocalDate decisionDate,
            @Size(max = 500, message = "Cơ quan quyết định tối đa 500 ký tự") String decidingBody,
            @Size(max = 4000, message = "Ghi chú tối đa 4000 ký tự") String note) {

        BoardService.DecisionCommand toCommand() {
            return new BoardService.DecisionCommand(outcome, decisionNumber, decisionDate, decidingBody, note);
        }
    }

    /** The receipt of a decision: keep {@code receiptId}; a retry with the same key returns this again. */
    public record BoardDecisionReceipt(UUID receiptId, UUID nominationId, BoardDecision.Outcome outcome,
            String decisionNumber, LocalDate decisionDate, Instant receivedAt, UUID awardRecordId) {

        static BoardDecisionReceipt of(BoardService.Receipt r) {
            BoardDecision d = r.decision();
            return new BoardDecisionReceipt(d.id, d.nominationId, d.outcome, d.decisionNumber, d.decisionDate,
                    d.receivedAt, r.awardRecordId());
        }
    }

    private BoardDtos() {
    }
}
