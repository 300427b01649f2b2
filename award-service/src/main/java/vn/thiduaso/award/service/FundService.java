package vn.thiduaso.award.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.thiduaso.award.domain.AwardRecord;
import vn.thiduaso.award.domain.DirectoryUnit;
import vn.thiduaso.award.domain.FundEntry;
import vn.thiduaso.award.repository.AwardRecordRepository;
import vn.thiduaso.award.repository.DirectoryUnitRepository;
import vn.thiduaso.award.repository.FundEntryRepository;
import vn.thiduaso.award.service.AccessPolicy.Action;
import vn.thiduaso.award.service.AccessPolicy.Target;
import vn.thiduaso.platform.problem.InvalidFieldException;
import vn.thiduaso.platform.problem.NotFoundException;
import vn.thiduaso.platform.security.CallerScope;

/**
 * Quỹ thi đua, khen thưởng of a commune for a year: the office books what was budgeted, paid and
 * adjusted; what is committed is read from the decided, not annulled awards' cash amounts.
 * Budgeted = budget lines plus adjustments; balance = budgeted − paid.
 */
@ApplicationScoped
public class FundService {

    public record EntryCommand(FundEntry.Kind kind, long amountVnd, UUID awardRecordId, String note) {
    }

    public record Fund(UUID communeId, int year, long budgetedVnd, long committedVnd, long paidVnd, long balanceVnd,
            List<FundEntry> entries) {
    }

    private final FundEntryRepository entries;
    private final AwardRecordRepository records;
    private final DirectoryUnitRepository units;
    private final AccessPolicy policy;
    private final Clock clock;

    public FundService(FundEntryRepository entries, AwardRecordRepository records, DirectoryUnitRepository units,
            AccessPolicy policy, Clock clock) {
        this.entries = entries;
        this.records = records;
        this.units = units;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional
    public Fund get(CallerScope caller, UUID communeId, int year) {
        policy.requireRole(caller, Action.READ_FUND);
        commune(caller, Action.READ_FUND, communeId);
        return fund(communeId, year);
    }

    @Transactional
    public FundEntry add(CallerScope caller, UUID communeId, int year, EntryCommand c) {
        policy.requireRole(caller, Action.MANAGE_FUND);
        DirectoryUnit commune = commune(caller, Action.MANAGE_FUND, communeId);
        if (c.kind() != FundEntry.Kind.ADJUSTMENT && c.amountVnd() <= 0) {
            throw new InvalidFieldException("amountVnd", "Số tiền dự toán hoặc chi phải lớn hơn 0");
        }
        if (c.kind() == FundEntry.Kind.ADJUSTMENT && c.amountVnd() == 0) {
            throw new InvalidFieldException("amountVnd", "Số tiền điều chỉnh phải khác 0");
        }
        if (c.awardRecordId() != null) {
            AwardRecord r = records.findById(c.awardRecordId());
            if (r == null || !communeId.equals(r.communeId)) {
                throw new InvalidFieldException("awardRecordId", "Khen thưởng này không thuộc xã của sổ quỹ");
            }
            if (r.annulled()) {
                throw new InvalidFieldException("awardRecordId", "Khen thưởng này đã bị hủy");
            }
        } else if (c.kind() == FundEntry.Kind.PAYMENT && (c.note() == null || c.note().isBlank())) {
            throw new InvalidFieldException("note", "Khoản chi không gắn với khen thưởng nào cần ghi nội dung chi");
        }
        FundEntry e = new FundEntry();
        e.id = UUID.randomUUID();
        e.communeId = communeId;
        e.communePath = commune.path;
        e.year = year;
        e.kind = c.kind();
        e.amountVnd = c.amountVnd();
        e.awardRecordId = c.awardRecordId();
        e.note = ForwardingService.blankToNull(c.note());
        e.createdAt = clock.instant();
        e.createdBy = caller.username();
        entries.persist(e);
        return e;
    }

    private Fund fund(UUID communeId, int year) {
        List<FundEntry> lines = entries.ledger(communeId, year);
        long budgeted = lines.stream().filter(e -> e.kind != FundEntry.Kind.PAYMENT).mapToLong(e -> e.amountVnd).sum();
        long paid = lines.stream().filter(e -> e.kind == FundEntry.Kind.PAYMENT).mapToLong(e -> e.amountVnd).sum();
        return new Fund(communeId, year, budgeted, entries.committed(communeId, year), paid, budgeted - paid, lines);
    }

    private DirectoryUnit commune(CallerScope caller, Action action, UUID communeId) {
        return units.findByIdOptional(communeId)
                .filter(u -> policy.allows(AccessPolicy.Caller.of(caller), action, Target.unit(u.path)))
                .orElseThrow(() -> new NotFoundException("Không tìm thấy xã trong phạm vi của bạn"));
    }
}
