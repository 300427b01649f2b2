package vn.thiduaso.award.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.thiduaso.award.domain.AwardRecord;
import vn.thiduaso.award.domain.NomineeKind;
import vn.thiduaso.award.domain.Objection;
import vn.thiduaso.award.domain.ObjectionStatus;
import vn.thiduaso.award.repository.DecisionQueries.PublicCommune;
import vn.thiduaso.award.service.PostingService.PostedItem;
import vn.thiduaso.award.service.PostingService.PostingDetail;

/** Request and response records of postings, objections and the public pages. */
public final class PostingDtos {

    /** {@code nominationIds} absent or empty: every PASSED nomination of the round. */
    public record CreatePostingRequest(@NotNull(message = "Cần chọn đợt khen thưởng") UUID roundId,
            @Size(max = 1000, message = "Tiêu đề tối đa 1000 ký tự") String title,
            @Size(max = 500, message = "Tối đa 500 hồ sơ một lần công khai") List<UUID> nominationIds) {
    }

    public record ObjectionView(UUID id, UUID postingId, UUID nominationId, String senderName, String contact,
            String text, Instant receivedAt, ObjectionStatus status, Boolean upheld, String resolution,
            String resolvedBy, Instant resolvedAt) {

        public static ObjectionView of(Objection o) {
            return new ObjectionView(o.id, o.postingId, o.nominationId, o.senderName, o.contact, o.text, o.receivedAt,
                    o.status, o.upheld, o.resolution, o.resolvedBy, o.resolvedAt);
        }
    }

    /** One posted nomination: who, for what, by which unit, and the achievements (no other personal data). */
    public record PostedItemView(UUID nominationId, NomineeKind nomineeKind, String nomineeName, String position,
            String nominatingUnitName, String formCode, String formName, String achievements) {

        static PostedItemView of(PostedItem i) {
            var n = i.nomination();
            return new PostedItemView(n.id, n.nomineeKind, n.nomineeName, n.nominee == null ? null : n.nominee.position(),
                    n.nominatingUnitName, n.formCode, i.formName(), n.achievements);
        }
    }

    public record PostingView(UUID id, UUID roundId, String title, String communeName, Instant postedAt,
            LocalDate startsOn, LocalDate endsOn, int workingDays, boolean windowOpen, List<PostedItemView> items,
            List<ObjectionView> objections) {

        public static PostingView of(PostingDetail d) {
            var p = d.posting();
            return new PostingView(p.id, p.roundId, p.title, p.communeName, p.postedAt, p.startsOn, p.endsOn,
                    p.workingDays, d.windowOpen(), d.items().stream().map(PostedItemView::of).toList(),
                    d.objections().stream().map(ObjectionView::of).toList());
        }
    }

    /** The public page's posting: the same without objections. */
    public record PublicPostingView(UUID id, UUID roundId, String title, String communeName, Instant postedAt,
            LocalDate startsOn, LocalDate endsOn, int workingDays, boolean windowOpen, List<PostedItemView> items) {

        public static PublicPostingView of(PostingDetail d) {
            var p = d.posting();
            return new PublicPostingView(p.id, p.roundId, p.title, p.communeName, p.postedAt, p.startsOn, p.endsOn,
                    p.workingDays, d.windowOpen(), d.items().stream().map(PostedItemView::of).toList());
        }
    }

    public record PublicCommuneView(UUID id, String code, String name, String path) {

        public static PublicCommuneView of(PublicCommune c) {
            return new PublicCommuneView(c.id(), c.code(), c.name(), c.path());
        }
    }

    /** {@code nominationId} absent: the objection concerns the whole posting. */
    public record ObjectionRequest(UUID nominationId,
            @NotBlank(message = "Cần ghi họ và tên người phản ánh") @Size(max = 300, message = "Họ và tên tối đa 300 ký tự") String name,
            @NotBlank(message = "Cần ghi số điện thoại, thư điện tử hoặc địa chỉ liên hệ") @Size(max = 300, message = "Thông tin liên hệ tối đa 300 ký tự") String contact,
            @NotBlank(message = "Cần ghi nội dung phản ánh") @Size(max = 5000, message = "Nội dung tối đa 5000 ký tự") String text) {
    }

    public record ObjectionReceipt(UUID id, Instant receivedAt) {
    }

    public record ResolutionRequest(@NotNull(message = "Cần cho biết ý kiến có cơ sở hay không") Boolean upheld,
            @NotBlank(message = "Cần ghi kết quả xử lý") @Size(max = 5000, message = "Kết quả xử lý tối đa 5000 ký tự") String resolution) {
    }

    public record HonourView(NomineeKind nomineeKind, String nomineeName, String unitName, String formName,
            String decisionNumber, LocalDate decisionDate, int year) {

        public static HonourView of(AwardRecord r) {
            return new HonourView(r.nomineeKind, r.nomineeName, r.unitName, r.formName, r.decisionNumber, r.decisionDate,
                    r.year);
        }
    }

    private PostingDtos() {
    }
}
