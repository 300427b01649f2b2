package vn.thiduaso.award.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.thiduaso.award.domain.FundEntry;
import vn.thiduaso.award.service.FundService;

/** Request and response records of /api/v1/funds. */
public final class FundDtos {

    public record FundEntryView(UUID id, FundEntry.Kind kind, long amountVnd, UUID awardRecordId, String note,
            Instant createdAt, String createdBy) {

        static FundEntryView of(FundEntry e) {
            return new FundEntryView(e.id, e.kind, e.amountVnd, e.awardRecordId, e.note, e.createdAt, e.createdBy);
        }
    }

    public record FundView(UUID communeId, int year, long budgetedVnd, long committedVnd, long paidVnd, long balanceVnd,
            List<FundEntryView> entries) {

        static FundView of(FundService.Fund f) {
            return new FundView(f.communeId(), f.year(), f.budgetedVnd(), f.committedVnd(), f.paidVnd(), f.balanceVnd(),
                    f.entries().stream().map(FundEntryView::of).toList());
        }
    }

    public record FundEntryRequest(
            @NotNull(message = "Cần chọn loại: BUDGET (dự toán), PAYMENT (chi) hoặc ADJUSTMENT (điều chỉnh)") FundEntry.Kind kind,
            @NotNull(message = "Cần số tiền (đồng)") Long amountVnd,
            UUID awardRecordId,
            @Size(max = 2000, message = "Nội dung tối đa 2000 ký tự") String note) {

        FundService.EntryCommand toCommand() {
            return new FundService.EntryCommand(kind, amountVnd, awardRecordId, note);
        }
    }

    private FundDtos() {
    }
}
